-- SPDX-License-Identifier: GPL-3.0-or-later
-- A volunteer's onboarding: the day they signed the charter and the day they attended the
-- training (empty: not yet). Program-only columns: the exchange format does not carry them,
-- an import leaves them as they are and an export does not write them.

ALTER TABLE volunteer ADD COLUMN charter_signed_on TEXT CHECK (charter_signed_on IS NULL OR date(charter_signed_on, '+0 days') IS charter_signed_on);
ALTER TABLE volunteer ADD COLUMN training_on TEXT CHECK (training_on IS NULL OR date(training_on, '+0 days') IS training_on);
