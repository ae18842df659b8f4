import { DOCUMENT, Injectable, inject } from '@angular/core';

/**
 * Hands a downloaded file to the browser as if a link to it had been followed: a temporary object
 * URL on a hidden `<a download>`, released once the click has started the download.
 */
@Injectable({ providedIn: 'root' })
export class FileSaver {
  private readonly document = inject(DOCUMENT);

  save(blob: Blob, fileName: string): void {
    const view = this.document.defaultView;
    if (!view) return;
    const url = view.URL.createObjectURL(blob);
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.hidden = true;
    this.document.body.appendChild(link);
    try {
      link.click();
    } finally {
      link.remove();
      // Revoking at once can cancel the download in some browsers; the next task is late enough.
      view.setTimeout(() => view.URL.revokeObjectURL(url), 0);
    }
  }
}
