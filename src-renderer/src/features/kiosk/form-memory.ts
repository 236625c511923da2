// In a normal browser profile (the web host on a shared PC) Chromium keeps typed values on disk: in its
// autocomplete list ("Web Data") and in the form state it saves for session restore ("Sessions"). The kiosk
// end-to-end test found a client's name in both. Chromium keeps neither for a control marked
// autocomplete="off", so on a kiosk every form control gets it, including controls added later.

const CONTROLS = 'input, textarea, select, form';

function mark(root: Element | Document): void {
  if (root instanceof Element && root.matches(CONTROLS) && root.getAttribute('autocomplete') !== 'off') root.setAttribute('autocomplete', 'off');
  for (const el of root.querySelectorAll(CONTROLS)) {
    if (el.getAttribute('autocomplete') !== 'off') el.setAttribute('autocomplete', 'off');
  }
}

/** Marks every form control of the page now and as it appears; returns the function that stops watching. */
export function keepFormValuesOffDisk(doc: Document = document): () => void {
  mark(doc);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) mark(node);
    }
  });
  observer.observe(doc.body, { childList: true, subtree: true });
  return () => observer.disconnect();
}
