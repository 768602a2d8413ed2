-- Sign-in lockouts move from the account to the pair (email, client address), so a stranger
-- cannot lock a named editor out. Account-wide locks in force are dropped: they end within
-- 15 minutes anyway, and the new per-address count starts clean.
-- AlterTable
ALTER TABLE "User" DROP COLUMN "failedLoginCount",
DROP COLUMN "lockedUntil",
ADD COLUMN     "signInNotice" JSONB;

-- CreateTable
CREATE TABLE "SignInLock" (
    "key" TEXT NOT NULL,
    "userId" TEXT,
    "failedCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInLock_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SignInLock_userId_idx" ON "SignInLock"("userId");

-- CreateIndex
CREATE INDEX "SignInLock_updatedAt_idx" ON "SignInLock"("updatedAt");

-- AddForeignKey
ALTER TABLE "SignInLock" ADD CONSTRAINT "SignInLock_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
