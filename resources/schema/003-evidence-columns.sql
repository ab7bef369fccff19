-- Version 3: the condition evidence in columns of its own instead of one JSON text, so that
-- reading a large workbook does not parse JSON for every row.
ALTER TABLE certificate_row ADD COLUMN enrolment TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_row ADD COLUMN training_answer INTEGER;
ALTER TABLE certificate_row ADD COLUMN training_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_row ADD COLUMN resources_answer INTEGER;
ALTER TABLE certificate_row ADD COLUMN resources_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_row ADD COLUMN team_size INTEGER;
ALTER TABLE certificate_row ADD COLUMN dual_qualified INTEGER;
ALTER TABLE certificate_row ADD COLUMN industry_experts INTEGER;
ALTER TABLE certificate_row ADD COLUMN facilities_answer INTEGER;
ALTER TABLE certificate_row ADD COLUMN facilities_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE certificate_row ADD COLUMN management_answer INTEGER;
ALTER TABLE certificate_row ADD COLUMN management_detail TEXT NOT NULL DEFAULT '';
UPDATE certificate_row SET
    training_answer = json_extract(evidence, '$.trainingExperience.answer'),
    training_detail = coalesce(json_extract(evidence, '$.trainingExperience.detail'), ''),
    resources_answer = json_extract(evidence, '$.teachingResources.answer'),
    resources_detail = coalesce(json_extract(evidence, '$.teachingResources.detail'), ''),
    team_size = json_extract(evidence, '$.teamSize'),
    dual_qualified = json_extract(evidence, '$.dualQualified'),
    industry_experts = json_extract(evidence, '$.industryExperts'),
    facilities_answer = json_extract(evidence, '$.facilities.answer'),
    facilities_detail = coalesce(json_extract(evidence, '$.facilities.detail'), ''),
    management_answer = json_extract(evidence, '$.management.answer'),
    management_detail = coalesce(json_extract(evidence, '$.management.detail'), ''),
    enrolment = coalesce((SELECT group_concat(json_extract(entry.value, '$.major') || char(9)
                                   || coalesce(json_extract(entry.value, '$.enrolled[0]'), '') || char(9)
                                   || coalesce(json_extract(entry.value, '$.enrolled[1]'), '') || char(9)
                                   || coalesce(json_extract(entry.value, '$.enrolled[2]'), ''), char(10))
                          FROM json_each(certificate_row.evidence, '$.enrolment') AS entry), '')
    WHERE evidence <> '';
ALTER TABLE certificate_row DROP COLUMN evidence;
