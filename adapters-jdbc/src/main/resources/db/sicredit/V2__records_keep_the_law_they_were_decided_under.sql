-- A stored record keeps what it was decided under (issue 10, §3 and §4).
-- 1. The two "other harm" findings of 沪人社规〔2018〕30号 第六条 are apart: item 2's fund security and item 3's
--    administration. Before V2 one flag served both, and only the fraud rule (category 4) and the obstruction rule
--    (category 6) read it: it becomes the finding of the item that read it.
-- 2. The category's text and citation and each serious finding's citation are stored with the record, so that an
--    edit of the policy never rewrites what a stored record says. Every record stored before V2 was decided under
--    the built-in 沪人社规〔2018〕30号 (the only Measure sicredit knew), whose texts fill the new columns.

ALTER TABLE dishonesty_record ADD COLUMN fund_security_harm BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE dishonesty_record ADD COLUMN administration_harm BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE dishonesty_record SET fund_security_harm = (other_serious_harm AND category = 4),
                             administration_harm = (other_serious_harm AND category = 6);
ALTER TABLE dishonesty_record DROP COLUMN other_serious_harm;

ALTER TABLE dishonesty_record ADD COLUMN category_text VARCHAR(4000);
UPDATE dishonesty_record SET category_text = CASE category
    WHEN 1 THEN '{"item":1,"nameZh":"单位未按时足额缴纳社会保险费，被依法作出行政处罚决定","nameEn":"Premiums unpaid; administrative penalty decision made","subjects":["ORGANISATION"],"amountKind":"ARREARS","amountRequired":true,"legalBasis":"沪人社规〔2018〕30号 第五条第（一）项"}'
    WHEN 2 THEN '{"item":2,"nameZh":"单位未按时足额缴纳社会保险费，被依法责令限期缴纳，到期仍未缴纳或者补足","nameEn":"Premiums unpaid; ordered to pay within a time limit and still unpaid at the deadline","subjects":["ORGANISATION"],"amountKind":"ARREARS","amountRequired":true,"legalBasis":"沪人社规〔2018〕30号 第五条第（二）项"}'
    WHEN 3 THEN '{"item":3,"nameZh":"单位未按时足额缴纳社会保险费，被依法作出强制划拨决定","nameEn":"Premiums unpaid; compulsory transfer decision made","subjects":["ORGANISATION"],"amountKind":"ARREARS","amountRequired":true,"legalBasis":"沪人社规〔2018〕30号 第五条第（三）项"}'
    WHEN 4 THEN '{"item":4,"nameZh":"申请办理社会保险业务时伪造证明材料、隐瞒真实情况或使用其他欺诈手段被查实","nameEn":"Forged proof, concealed facts or other fraud in social-insurance business, as verified","subjects":["INDIVIDUAL","ORGANISATION"],"amountKind":"DEFRAUDED_SUM","amountRequired":false,"legalBasis":"沪人社规〔2018〕30号 第五条第（四）项"}'
    WHEN 5 THEN '{"item":5,"nameZh":"多领取社会保险待遇，经告知应予退还后仍拒不退还","nameEn":"Excess benefits received and still not returned after notice","subjects":["INDIVIDUAL","ORGANISATION"],"amountKind":"OVERPAID_BENEFITS","amountRequired":true,"legalBasis":"沪人社规〔2018〕30号 第五条第（五）项"}'
    WHEN 6 THEN '{"item":6,"nameZh":"接受劳动保障监察、专项审计、稽核等监督检查时拒不配合，经告知后仍未改正","nameEn":"Refused to cooperate with supervision, audits or inspections and did not correct after notice","subjects":["INDIVIDUAL","ORGANISATION"],"amountKind":"NONE","amountRequired":false,"legalBasis":"沪人社规〔2018〕30号 第五条第（六）项"}'
END;
ALTER TABLE dishonesty_record ALTER COLUMN category_text SET NOT NULL;

ALTER TABLE dishonesty_record ADD COLUMN serious_basis VARCHAR(2000) DEFAULT '' NOT NULL;
UPDATE dishonesty_record SET serious_basis = REPLACE(REPLACE(REPLACE(REPLACE(serious_grounds, ',', '|'),
    'PUBLIC_NOTICE', '沪人社规〔2018〕30号 第六条第（一）项'),
    'FUND_FRAUD', '沪人社规〔2018〕30号 第六条第（二）项'),
    'OBSTRUCTION', '沪人社规〔2018〕30号 第六条第（三）项');
