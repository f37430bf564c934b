// The imitation MIIT front-end: a query form that calls the API the way the real front-end does
// (auth, then icpAbbreviateInfo/queryByCondition with token/uuid/sign headers, then a detail call
// per row on demand), by XMLHttpRequest or by fetch, and shows what it got. In ?via=frame mode the
// top page only holds an iframe with the form.
const API = 'https://hlwicpfwc.miit.gov.cn/icpproject_query/api/';
const params = new URLSearchParams(location.search);
const via = params.get('via') ?? 'xhr';
const app = document.getElementById('app');

function el(tag, attrs = {}, text = '') {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.textContent = text;
  return node;
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return { success: false, msg: `not JSON (${text.length} characters)` };
  }
}

function post(path, body, headers) {
  if (via === 'fetch') {
    return fetch(API + path, { method: 'POST', headers, body })
      .then((response) => response.text())
      .then(parse);
  }
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', API + path);
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.onload = () => resolve(parse(xhr.responseText));
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(body);
  });
}

if (via === 'frame') {
  app.append(el('iframe', { id: 'frame', src: '/frame.html?via=xhr', width: '600', height: '400' }));
} else {
  const input = el('input', { id: 'q', placeholder: '请输入域名、备案号或单位名称' });
  const type = el('select', { id: 'type' });
  for (const [value, label] of [
    ['1', '网站'],
    ['6', 'APP'],
    ['7', '小程序'],
  ]) {
    type.append(el('option', { value }, label));
  }
  const button = el('button', { id: 'go', type: 'button' }, '查询');
  const status = el('p', { id: 'status' });
  const results = el('ul', { id: 'results' });
  const detail = el('pre', { id: 'detail' });
  app.append(input, type, button, status, results, detail);

  let headers = {};
  async function showDetail(item, serviceType) {
    const [path, body] = item.domainId
      ? [
          'icpAbbreviateInfo/queryDetailByServiceIdAndDomainId',
          { mainId: item.mainId, domainId: item.domainId, serviceId: item.serviceId },
        ]
      : ['icpAbbreviateInfo/queryDetailByAppAndMiniId', { dataId: item.dataId, serviceType }];
    const answer = await post(path, JSON.stringify(body), headers);
    detail.textContent = answer.success
      ? `${answer.params.unitName} ${answer.params.serviceLicence}`
      : answer.msg;
  }

  button.addEventListener('click', async () => {
    status.textContent = '查询中';
    results.replaceChildren();
    const serviceType = Number(type.value);
    try {
      const auth = await post('auth', `authKey=0&timeStamp=${Date.now()}`, {
        'Content-Type': 'application/x-www-form-urlencoded',
      });
      headers = {
        'Content-Type': 'application/json',
        token: auth.params?.bussiness ?? '',
        uuid: 'u-1',
        sign: 's-1',
      };
      const body = JSON.stringify({ pageNum: '', pageSize: '', unitName: input.value, serviceType });
      const answer = await post('icpAbbreviateInfo/queryByCondition', body, headers);
      if (!answer.success) {
        status.textContent = answer.msg;
        return;
      }
      status.textContent = `共${answer.params.total}条`;
      for (const item of answer.params.list) {
        const row = el(
          'li',
          {},
          `${item.unitName} ${item.serviceLicence} ${item.domain ?? item.serviceName} `,
        );
        const more = el('button', { class: 'detail', type: 'button' }, '详情');
        more.addEventListener('click', () => showDetail(item, serviceType));
        row.append(more);
        results.append(row);
      }
    } catch (error) {
      status.textContent = String(error);
    }
  });
}
