import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { exifr } from "@/lib/media/exifr";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { GET as article } from "@/app/(site)/news/[slug]/route";
import { GET as mediaFile } from "@/app/(site)/media/[file]/route";
import { ForbiddenError } from "@/lib/shared/errors";
import { db } from "@/lib/db/client";
import { getMediaDetail, listMedia } from "@/lib/media/queries";
import {
  setFocalPoint,
  setLeadImage,
  updateMediaDetails,
  uploadMedia,
} from "@/lib/media/mutations";
import { saveStory } from "@/lib/stories/mutations";
import { publishStory } from "@/lib/stories/workflow";
import { signInAs } from "../helpers/auth-mock";
import { createStory, createUser, paragraphDoc } from "../helpers/factories";
import { CAMERA, cameraJpeg } from "./fixtures";

vi.mock("@/lib/auth/auth", () => import("../helpers/auth-mock"));

// A reporter's picture from upload to the reader's page: what is stored, what a reader gets, what
// is refused, and that no public file carries the camera's or the place's metadata.

let mediaDir: string;
const details = {
  alt: "A lighthouse keeper climbs the spiral stairs",
  caption: "Keepers on the stairs of the north light.",
  credit: "Jane Doe / Agency",
  copyright: "",
  rightsNote: "Editorial use only; no resale.",
};
const filesOnDisk = async () =>
  (await readdir(path.join(mediaDir, "public")).catch(() => [] as string[])).sort();

beforeAll(async () => {
  mediaDir = await mkdtemp(path.join(tmpdir(), "newsroom-media-"));
  process.env.NEWSROOM_MEDIA_DIR = mediaDir;
  process.env.SITE_URL = "https://news.example";
});

describe("uploads", () => {
  it("refuses bad input with a message, and stores nothing", async () => {
    const reporter = await createUser({ role: "REPORTER" });
    signInAs(reporter);
    const jpeg = await cameraJpeg(800, 600);
    await expect(
      uploadMedia({ bytes: jpeg, fileName: "a.jpg", details: { ...details, alt: "  " } }),
    ).rejects.toThrow(/alt text/);
    await expect(
      uploadMedia({ bytes: Buffer.from("not a picture"), fileName: "b.jpg", details }),
    ).rejects.toThrow(/not a JPEG, PNG, WebP or AVIF image/);
    await expect(
      uploadMedia({ bytes: jpeg.subarray(0, 4000), fileName: "c.jpg", details }),
    ).rejects.toThrow(/damaged or incomplete/);
    expect(await db.media.count()).toBe(0);
    expect(await filesOnDisk()).toEqual([]);
  });

  it("signed-out uploads are refused", async () => {
    signInAs(null);
    await expect(
      uploadMedia({ bytes: await cameraJpeg(400, 300), fileName: "x.jpg", details }),
    ).rejects.toThrow(/sign in/i);
  });
});

describe("a picture from upload to the reader's page", () => {
  let reporter: Awaited<ReturnType<typeof createUser>>;
  let lead: { id: string };
  let inline: { id: string };
  let story: { id: string; slug: string };
  let page: string;

  beforeAll(async () => {
    reporter = await createUser({ role: "REPORTER", name: "Ada Reporter" });
    const editor = await createUser({ role: "EDITOR" });
    const tag = await db.tag.create({ data: { name: "Lighthouses", slug: "lighthouses" } });
    signInAs(reporter);
    lead = await uploadMedia({ bytes: await cameraJpeg(), fileName: "IMG_0001.JPG", details });
    inline = await uploadMedia({
      bytes: await cameraJpeg(1000, 1000),
      fileName: "IMG_0002.JPG",
      details: { ...details, alt: "The lamp room", caption: "The lamp.", credit: "" },
    });
    story = await createStory({ authors: [reporter], headline: "Keepers strike" });
    await db.storyTag.create({ data: { storyId: story.id, tagId: tag.id, position: 0 } });
    await setLeadImage({ storyId: story.id, mediaId: lead.id });
    const media = await db.media.findUniqueOrThrow({ where: { id: inline.id } });
    const body = {
      type: "doc",
      content: [
        ...paragraphDoc("The keepers walked out on Monday.").content!,
        {
          type: "image",
          attrs: {
            mediaId: media.id,
            key: media.key,
            width: media.width,
            height: media.height,
            alt: media.alt,
            caption: media.caption,
            credit: media.credit,
          },
        },
      ],
    };
    const current = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    await saveStory({
      storyId: story.id,
      baseVersion: current.version,
      headline: current.headline,
      summary: "Pay talks failed.",
      dateline: "",
      slug: current.slug,
      bylineIds: [reporter.id],
      tagIds: [tag.id],
      body,
    });
    // A neighbour with a lead image, for the related feed's thumbnail.
    const neighbour = await createStory({
      authors: [reporter],
      status: "PUBLISHED",
      headline: "Keepers vote on pay offer",
    });
    await db.storyTag.create({ data: { storyId: neighbour.id, tagId: tag.id, position: 0 } });
    await db.story.update({ where: { id: neighbour.id }, data: { leadImageId: inline.id } });
    signInAs(editor);
    await publishStory(story.id);
    const res = await article(new Request(`http://localhost/news/${story.slug}`), {
      params: Promise.resolve({ slug: story.slug }),
    });
    expect(res.status).toBe(200);
    page = await res.text();
  }, 180_000);

  it("takes the credit the file carries when the uploader leaves it blank", async () => {
    const row = await db.media.findUniqueOrThrow({ where: { id: inline.id } });
    expect(row.credit).toBe("Jane Doe / Agency");
    expect(row.copyright).toBe("(c) 2026 Agency");
  });

  it("the lead image: srcset in AVIF, WebP and JPEG, size set, preloaded, caption and credit", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: lead.id } });
    const figure = page.match(/<figure class="image lead">.*?<\/figure>/s)?.[0] ?? "";
    expect(figure).toContain(`<source type="image/avif" srcset="/media/${m.key}-480.avif 480w`);
    expect(figure).toContain(`/media/${m.key}-1600.webp 1600w`);
    expect(figure).toMatch(/<img src="\/media\/[a-f0-9]{20}-800\.jpg" srcset="[^"]+1600w"/);
    expect(figure).toContain('width="1600" height="1067"');
    expect(figure).toContain(`alt="${details.alt}"`);
    expect(figure).toContain('fetchpriority="high"');
    expect(figure).not.toContain('loading="lazy"');
    expect(figure).toContain(
      '<figcaption>Keepers on the stairs of the north light. <span class="credit">Photo: Jane Doe / Agency</span></figcaption>',
    );
    expect(page).toContain(
      `<link rel="preload" as="image" type="image/avif" imagesrcset="/media/${m.key}-480.avif`,
    );
  });

  it("the picture in the text: a lazy <figure> with its caption and credit", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: inline.id } });
    const body = page.match(/<div class="body">.*?<\/div>/s)?.[0] ?? "";
    expect(body).toContain(
      `srcset="/media/${m.key}-480.avif 480w, /media/${m.key}-800.avif 800w, /media/${m.key}-1000.avif 1000w"`,
    );
    expect(body).toContain('loading="lazy"');
    expect(body).toContain('alt="The lamp room"');
    expect(body).toContain('The lamp. <span class="credit">Photo: Jane Doe / Agency</span>');
  });

  it("og:image, the Twitter card and JSON-LD image point at the 1200 px crops", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: lead.id } });
    const base = "https://news.example/media/";
    expect(page).toContain(`<meta property="og:image" content="${base}${m.cropKey}-16x9.jpg"`);
    expect(page).toContain('<meta name="twitter:card" content="summary_large_image"');
    const ld = JSON.parse(
      page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)?.[1] ?? "{}",
    );
    expect(ld.image).toEqual(["16x9", "4x3", "1x1"].map((c) => `${base}${m.cropKey}-${c}.jpg`));
  });

  it("the related feed shows the neighbour's thumbnail", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: inline.id } });
    const related = page.match(/<section aria-labelledby="related">.*?<\/section>/s)?.[0] ?? "";
    expect(related).toContain(`/media/${m.cropKey}-t160.jpg`);
  });

  it("every picture on the page is served, immutable, without the camera's or the place's metadata", async () => {
    const urls = [
      ...new Set(
        [...page.matchAll(/\/media\/([a-f0-9]{20}-[a-z0-9]+\.(?:avif|webp|jpg))/g)].map(
          (x) => x[1],
        ),
      ),
    ];
    expect(urls.length).toBeGreaterThan(20);
    for (const name of urls) {
      const res = await mediaFile(new Request(`http://localhost/media/${name}`), {
        params: Promise.resolve({ file: name }),
      });
      expect(res.status, name).toBe(200);
      expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      const bytes = Buffer.from(await res.arrayBuffer());
      for (const secret of [CAMERA.serial, CAMERA.model, CAMERA.make])
        expect(bytes.includes(Buffer.from(secret)), `${name} carries ${secret}`).toBe(false);
      if (name.endsWith(".jpg"))
        expect(await exifr.gps(bytes).catch(() => undefined)).toBeUndefined();
    }
  });

  it("the original is never served, and the page has nothing private", async () => {
    const m = await db.media.findUniqueOrThrow({ where: { id: lead.id } });
    for (const name of [`${m.originalSha256}.jpg`, "../originals/x.jpg", `${m.key}.jpg`]) {
      const res = await mediaFile(new Request(`http://localhost/media/x`), {
        params: Promise.resolve({ file: name }),
      });
      expect(res.status).toBe(404);
    }
    expect(page).not.toContain(details.rightsNote);
    expect(page).not.toContain("IMG_0001");
    expect(page).not.toContain(m.originalSha256);
  });

  it("the library: search by caption and credit, who uploaded, where used", async () => {
    signInAs(reporter);
    expect((await listMedia({ q: "lamp" })).items.map((i) => i.id)).toEqual([inline.id]);
    expect((await listMedia({ q: "jane doe" })).total).toBe(2);
    expect((await listMedia({ q: "nothing like it" })).total).toBe(0);
    const today = new Date().toISOString().slice(0, 10);
    expect((await listMedia({ from: today, to: today })).total).toBe(2);
    expect((await listMedia({ to: "2000-01-01" })).total).toBe(0);
    const detail = await getMediaDetail(inline.id);
    expect(detail?.media.uploadedBy?.name).toBe("Ada Reporter");
    expect(detail?.media.usages.map((u) => u.story.id)).toEqual([story.id]);
    expect(detail?.media.leadOf.map((s) => s.headline)).toEqual(["Keepers vote on pay offer"]);
  });

  it("a new focal point makes new crops, and the page follows", async () => {
    signInAs(reporter);
    const before = await db.media.findUniqueOrThrow({ where: { id: lead.id } });
    const { cropKey } = await setFocalPoint({ mediaId: lead.id, x: 0.1, y: 0.9 });
    expect(cropKey).not.toBe(before.cropKey);
    expect((await filesOnDisk()).filter((f) => f.startsWith(cropKey))).toHaveLength(7);
    const res = await article(new Request(`http://localhost/news/${story.slug}`), {
      params: Promise.resolve({ slug: story.slug }),
    });
    expect(await res.text()).toContain(`${cropKey}-16x9.jpg`);
  });

  it("only the uploader and the desk edit a picture", async () => {
    const other = await createUser({ role: "REPORTER" });
    signInAs(other);
    await expect(
      updateMediaDetails({ mediaId: lead.id, ...details, caption: "Mine now" }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    await expect(setLeadImage({ storyId: story.id, mediaId: null })).rejects.toBeInstanceOf(
      ForbiddenError,
    );
    signInAs(reporter);
    await updateMediaDetails({ mediaId: lead.id, ...details, caption: "The north light." });
    expect((await db.media.findUniqueOrThrow({ where: { id: lead.id } })).caption).toBe(
      "The north light.",
    );
  });

  it("the same file uploaded again is the picture already in the library", async () => {
    signInAs(reporter);
    const again = await uploadMedia({
      bytes: await cameraJpeg(),
      fileName: "copy.jpg",
      details,
    });
    expect(again).toEqual({ id: lead.id, existing: true });
  });
});
