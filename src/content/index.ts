// placeholder: replaced by the page-scan content script
console.debug('icp-lens content');
