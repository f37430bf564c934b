// HTML pages shared by the command-line tests.

export const FOOTER_PAGE = `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>示例</title></head>
<body>
<main><p>欢迎光临</p></main>
<footer>
  <p>Copyright © 2024 示例公司</p>
  <p><a href="https://beian.miit.gov.cn/">京ICP备12345678号-1</a>
     <a href="https://beian.mps.gov.cn/#/query/webSearch?code=11010502030143">京公网安备 11010502030143号</a></p>
</footer>
<script>document.body.innerHTML = '<p>replaced by a script</p>';</script>
</body>
</html>
`;

export const PLAIN_PAGE = `<!doctype html><html><head><title>plain</title></head>
<body><p>Nothing to see here.</p></body></html>
`;

/** A footer page encoded in GBK, declared by <meta charset="gbk">. */
export const GBK_FOOTER_BYTES = Buffer.concat([
  Buffer.from('<!doctype html><html><head><meta charset="gbk"></head><body><footer>'),
  // 京ICP备12345678号-1 in GBK
  Buffer.from([0xbe, 0xa9, 0x49, 0x43, 0x50, 0xb1, 0xb8]),
  Buffer.from('12345678'),
  Buffer.from([0xba, 0xc5]),
  Buffer.from('-1</footer></body></html>'),
]);
