#!/usr/bin/python3
"""Writes sample30.json: a realistic 市州-style form of 30 Sichuan schools (fictitious data, real
certificate and major names), used to render docs/samples/sample30.xlsx and look at its pages:

    ./make_sample30.py > /tmp/sample30.json
    x1apply-cli new /tmp/s.x1db --profile sc-2019
    x1apply-cli import /tmp/s.x1db /tmp/sample30.json
    x1apply-cli export /tmp/s.x1db --xlsx sample30.xlsx
"""
import json
import random

rng = random.Random(30)
majors = json.load(open(__file__.rsplit('/', 1)[0] + '/../../resources/catalog/certificate_majors.json'))['certificates']
certificates = list(majors)
places = ['成都', '绵阳', '德阳', '宜宾', '泸州', '南充', '乐山', '达州', '眉山', '遂宁', '雅安', '广安', '自贡', '内江']
cities = {'成都': '成都市', '绵阳': '绵阳市', '德阳': '德阳市', '宜宾': '宜宾市', '泸州': '泸州市', '南充': '南充市',
          '乐山': '乐山市', '达州': '达州市', '眉山': '眉山市', '遂宁': '遂宁市', '雅安': '雅安市', '广安': '广安市',
          '自贡': '自贡市', '内江': '内江市'}
words = ['建筑', '交通', '信息', '商务', '工程', '现代', '财贸', '电子', '航空', '工业', '科技', '铁道']
remarks = ['', '', '', '', '牵头院校', '新增专业', '与行业企业共建实训基地，已开展社会培训', '=已备案', '-']

def school_name(i, vocational_college):
    place = rng.choice(places)
    if vocational_college:
        if i % 7 == 0:
            return place + rng.choice(words) + '职业技术学院（' + rng.choice(['东', '西', '南', '北']) + '区校区，原' + place + '市工业学校）', place
        return '四川' + place + rng.choice(words) + '职业技术学院', place
    kind = rng.choice(['职业高级中学', '职业技术学校', '工业职业技术学校', '卫生职业学校'])
    return place + '市' + rng.choice(words) + kind, place

def evidence(row_majors):
    team = rng.randint(6, 30)
    return {
        'enrolment': [{'major': m, 'enrolled': [rng.randint(30, 200) for _ in range(3)]} for m in row_majors],
        'trainingExperience': {'answer': True, 'detail': '近三年开展社会培训' + str(rng.randint(200, 900)) + '人次'},
        'teachingResources': {'answer': rng.random() > 0.1, 'detail': '省级精品在线开放课程'},
        'teamSize': team, 'dualQualified': rng.randint(team // 3, team), 'industryExperts': rng.randint(0, team // 3),
        'facilities': {'answer': True, 'detail': '校内实训室' + str(rng.randint(1, 6)) + '间'},
        'management': {'answer': True, 'detail': '证书试点管理办法已制定'},
    }

schools = []
for i in range(30):
    college = i % 3 != 2
    name, place = school_name(i, college)
    level = '高职' if college else '中职'
    rows = []
    for c in rng.sample(certificates, rng.choice([1, 1, 2, 2, 3, 4])):
        pool = majors[c][level]
        chosen = rng.sample(pool, min(len(pool), rng.choice([1, 1, 2, 3, 4, 6])))
        levels = rng.choice([['初级'], ['初级', '中级'], ['中级', '高级'], ['初级', '中级', '高级']])
        rows.append({'certificate': c, 'levels': levels, 'majors': chosen, 'majorCount': '',
                     'students': str(rng.randint(3, 40) * 10), 'remark': rng.choice(remarks), 'evidence': evidence(chosen)})
    schools.append({'name': name, 'schoolCode': '51%08d' % (i + 1), 'type': level,
                    'affiliation': '市（州）属', 'city': cities[place], 'tiers': [], 'rows': rows})

print(json.dumps({'format': 'x1apply-workbook', 'version': 1, 'profile': 'sc-2019', 'unit': '四川省教育厅（汇总示例）',
                  'unitKind': '', 'contact': '王伟', 'phone': '028-86110894', 'fillDate': '2019-04-22',
                  'finalisation': {'code': '', 'finalisedAt': '', 'reopened': False}, 'schools': schools},
                 ensure_ascii=False, indent=1))
