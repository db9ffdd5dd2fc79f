/** The files and words of a picture, which every view of it needs (readers' and the newsroom's). */
export const pictureSelect = {
  key: true,
  cropKey: true,
  width: true,
  height: true,
  alt: true,
  caption: true,
  credit: true,
} as const;
// The fields of a picture that readers may see. Never the original's name, hash or type, the
// uploader, or the rights note: those stay in the newsroom.
export const publicImageSelect = { ...pictureSelect, copyright: true } as const;

/** A picture as pictureSelect reads it. */
export interface Picture {
  key: string;
  cropKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
}

export interface PublicImage extends Picture {
  copyright?: string;
}
