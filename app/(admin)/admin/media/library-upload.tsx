"use client";

import { useRouter } from "next/navigation";
import { ImageUpload } from "@/components/editor/image-upload";

// After an upload, the picture's own page: its focal point and where it is used.
export function LibraryUpload() {
  const router = useRouter();
  return <ImageUpload onUploaded={({ id }) => router.push(`/admin/media/${id}`)} />;
}
