#!/usr/bin/python3
"""Writes a JSON interchange workbook of exactly K printed rows (1-4 certificates per school,
realistic names, majors and evidence) for bench_export_xlsx.sh.

    bench_export_xlsx_input.py K > workbook.json
"""
import json
import random
import sys

k = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
rng = random.Random(1)
certificates = {
    '建筑信息模型（BIM）': ['建筑工程技术', '工程造价', '建设工程管理', '建筑装饰工程技术'],
    'Web前端开发': ['计算机应用技术', '软件技术', '计算机网络技术', '移动应用开发'],
    '物流管理': ['物流管理', '电子商务', '国际经济与贸易', '市场营销'],
    '老年照护': ['护理', '老年服务与管理', '康复治疗技术', '社区康复'],
    '汽车运用与维修': ['汽车检测与维修技术', '汽车营销与服务', '汽车车身维修技术', '汽车电子技术'],
    '智能新能源汽车': ['新能源汽车技术', '汽车检测与维修技术', '汽车电子技术', '汽车智能技术'],
}
levels = [['初级'], ['中级'], ['初级', '中级'], ['中级', '高级'], ['初级', '中级', '高级']]
places = ['成都', '绵阳', '德阳', '宜宾', '泸州', '南充', '乐山', '达州', '眉山', '遂宁', '雅安', '广安']
words = ['建筑', '交通', '信息', '商务', '工程', '现代', '财贸', '电子']
kinds = ['职业技术学院', '职业学院', '职业高级中学', '职业技术学校']
remarks = ['', '牵头院校', '', '新增专业']

schools, rows_left, n = [], k, 0
while rows_left > 0:
    n += 1
    count = min(rows_left, 1 + rng.randrange(4))
    rows_left -= count
    kind = rng.choice(kinds)
    rows = []
    for name in rng.sample(list(certificates), count):
        majors = certificates[name][:1 + rng.randrange(4)]
        team = rng.randint(6, 30)
        rows.append({'certificate': name, 'levels': rng.choice(levels), 'majors': majors, 'majorCount': '',
                     'students': str(30 + rng.randrange(371)), 'remark': rng.choice(remarks),
                     'evidence': {'enrolment': [{'major': m, 'enrolled': [rng.randint(30, 200) for _ in range(3)]} for m in majors],
                                  'trainingExperience': {'answer': True, 'detail': '近三年开展社会培训'},
                                  'teachingResources': {'answer': True, 'detail': '省级精品课程'},
                                  'teamSize': team, 'dualQualified': team // 2 + 1, 'industryExperts': team // 4 + 1,
                                  'facilities': {'answer': True, 'detail': '校内实训室'},
                                  'management': {'answer': True, 'detail': '管理办法健全'}}})
    schools.append({'name': rng.choice(places) + rng.choice(words) + kind + str(n), 'schoolCode': '',
                    'type': '高职' if '学院' in kind else '中职', 'affiliation': '', 'city': '',
                    'tiers': ['省级示范中等职业学校'], 'rows': rows})

json.dump({'format': 'x1apply-workbook', 'version': 1, 'profile': 'sc-2019', 'unit': '四川省教育厅（汇总）',
           'unitKind': '', 'contact': '王伟', 'phone': '028-86110000', 'fillDate': '2019-04-29',
           'finalisation': {'code': '', 'finalisedAt': '', 'reopened': False}, 'schools': schools},
          sys.stdout, ensure_ascii=False)
