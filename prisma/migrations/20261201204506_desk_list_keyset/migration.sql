-- DropIndex
DROP INDEX "Story_updatedAt_idx";

-- CreateIndex
CREATE INDEX "Story_updatedAt_id_idx" ON "Story"("updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Story_status_updatedAt_id_idx" ON "Story"("status", "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Story_id_updatedAt_status_idx" ON "Story"("id", "updatedAt", "status");
