/**
 * Copy buttons for the kit's share texts. Without JavaScript the buttons stay
 * hidden and the texts are selected with a tap; with it, a button copies its
 * text and says so in the status line. Nothing is stored, nothing is sent.
 */
export {};

const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', () => {
    const text = source.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    navigator.clipboard.writeText(text).then(
      () => {
        if (copyStatus) copyStatus.textContent = button.dataset.copied ?? '';
      },
      () => {
        getSelection()?.selectAllChildren(source);
        if (copyStatus) copyStatus.textContent = button.dataset.failed ?? '';
      },
    );
  });
}
