-- SPDX-License-Identifier: GPL-3.0-or-later
-- Indexes for a network's ten years (issue 8): the pairings of a person, which a cohort's
-- figures read for each of its participants (IndicatorService, PairingRepository::
-- ofParticipantsOfCohort) and the Pairings page for one participant. Without it each lookup
-- scans every pairing of the file.

CREATE INDEX pairing_participant ON pairing (participant_id);
