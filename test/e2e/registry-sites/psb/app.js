// The imitation police front-end: posts {captchaVerification, maindm} to the same-origin
// cyber_portal/query/websearch with a timestamp header, by fetch or XHR, and shows the record.
const via = new URLSearchParams(location.search).get('via') ?? 'fetch';
const URL_PATH = '/cyber_portal/query/websearch';

function send(body) {
  const headers = { 'Content-Type': 'application/json', timestamp: String(Date.now()) };
  if (via === 'xhr') {
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', URL_PATH);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      xhr.responseType = 'json';
      xhr.onload = () => resolve(xhr.response);
      xhr.onerror = () => reject(new Error('network'));
      xhr.send(body);
    });
  }
  return fetch(URL_PATH, { method: 'POST', headers, body }).then((response) => response.json());
}

document.getElementById('go').addEventListener('click', async () => {
  const status = document.getElementById('status');
  const record = document.getElementById('record');
  record.replaceChildren();
  try {
    const answer = await send(
      JSON.stringify({ captchaVerification: 'c-1', maindm: document.getElementById('q').value }),
    );
    if (!answer?.success) {
      status.textContent = answer?.repMsg ?? answer?.msg ?? '查询失败';
      return;
    }
    if (!answer.data) {
      status.textContent = '未查询到备案信息';
      return;
    }
    for (const [label, key] of [
      ['网站名称', 'webnm'],
      ['开办者名称', 'unitnm'],
      ['公安备案号', 'polnm'],
      ['备案地公安机关', 'department'],
    ]) {
      const dt = document.createElement('dt');
      dt.textContent = label;
      const dd = document.createElement('dd');
      dd.textContent = answer.data[key];
      record.append(dt, dd);
    }
    status.textContent = '查询成功';
  } catch (error) {
    status.textContent = String(error);
  }
});
