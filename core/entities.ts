// People, bodies, places, companies and instruments that the coverage is
// about, each with its names in English and Chinese. Ranking uses them to put
// passages about the same people and things first, across languages: a
// Chinese page naming 任贤良 meets the English passages quoting Ren Xianliang.
// Names follow the term rules of topic-schema.ts. Chinese names are written
// once, in simplified script: traditional forms fold onto them and Taiwan's
// and Hong Kong's own words are added at build time (scripts/built-in-plans.ts).
// Concepts are the bridge between a Chinese page and English passages where
// no person or body is shared: the same instrument, practice or idea.

export type EntityKind = 'person' | 'body' | 'company' | 'place' | 'instrument' | 'concept';

export interface EntityDefinition {
  id: string;
  kind: EntityKind;
  /** The first name is the one shown to readers. */
  names: string[];
  /** Other entities a mention of this one is also about: the General Assembly is the UN's. */
  also?: string[];
}

export const ENTITIES: readonly EntityDefinition[] = [
  // People
  { id: 'xi-jinping', kind: 'person', names: ['Xi Jinping', 'President Xi( Jinping)', '习近平', '習近平'] },
  { id: 'ren-xianliang', kind: 'person', names: ['Ren Xianliang', '任贤良', '任賢良'] },
  { id: 'li-shulei', kind: 'person', names: ['Li Shulei', '李书磊', '李書磊'] },
  { id: 'wu-hequan', kind: 'person', names: ['Wu Hequan', '邬贺铨', '鄔賀銓'] },
  { id: 'antonio-guterres', kind: 'person', names: ['António Guterres', 'Antonio Guterres', 'Guterres', '古特雷斯'] },
  { id: 'arvind-krishna', kind: 'person', names: ['Arvind Krishna'] },
  { id: 'pat-gelsinger', kind: 'person', names: ['Pat Gelsinger', 'Gelsinger'] },
  { id: 'chuck-robbins', kind: 'person', names: ['Chuck Robbins'] },
  { id: 'daniel-zhang', kind: 'person', names: ['Daniel Zhang', 'Daniel Zhang Yong', 'Zhang Yong', '张勇', '張勇'] },
  { id: 'xu-lei', kind: 'person', names: ['Xu Lei', '徐雷'] },
  { id: 'qu-fang', kind: 'person', names: ['Qu Fang', '瞿芳'] },
  { id: 'john-hoffman', kind: 'person', names: ['John Hoffman'] },
  { id: 'luigi-gambardella', kind: 'person', names: ['Luigi Gambardella', 'Gambardella'] },
  { id: 'tian-tian', kind: 'person', names: ['Tian Tian', '田天'] },
  // Bodies
  {
    id: 'world-internet-conference',
    kind: 'body',
    names: ['World Internet Conference', 'Wuzhen Summit', 'WIC', '世界互联网大会', '乌镇峰会', '世界互聯網大會'],
  },
  {
    id: 'cac',
    kind: 'body',
    names: ['Cyberspace Administration of China', 'CAC', '国家互联网信息办公室', '国家网信办', '网信办', '國家互聯網信息辦公室', '國家網信辦', '網信辦'],
  },
  { id: 'united-nations', kind: 'body', names: ['United Nations', 'UN', '联合国', '聯合國'] },
  {
    id: 'un-advisory-body-ai',
    kind: 'body',
    also: ['united-nations'],
    names: ['High-level Advisory Body on AI', 'High-level Advisory Body on Artificial Intelligence', '人工智能高级别咨询机构'],
  },
  { id: 'european-union', kind: 'body', names: ['European Union', 'EU', '欧盟', '歐盟'] },
  { id: 'gsma', kind: 'body', names: ['GSMA', 'Global System for Mobile Communication(s) Association', '全球移动通信系统协会'] },
  { id: 'chinese-academy-of-engineering', kind: 'body', names: ['Chinese Academy of Engineering', '中国工程院', '中國工程院'] },
  { id: 'communist-party-of-china', kind: 'body', names: ['Communist Party of China', 'Communist Party', '中国共产党', '中國共產黨'] },
  { id: 'cncert', kind: 'body', names: ['CNCERT', '国家互联网应急中心'] },
  { id: 'cnnic', kind: 'body', names: ['CNNIC', 'China Internet Network Information Center', '中国互联网络信息中心'] },
  { id: 'zhijiang-lab', kind: 'body', names: ['Zhijiang Lab', '之江实验室'] },
  // Companies
  { id: 'alibaba', kind: 'company', names: ['Alibaba', 'Alibaba Group', '阿里巴巴'] },
  { id: 'ant-group', kind: 'company', names: ['Ant Group', '蚂蚁集团', '螞蟻集團'] },
  { id: 'tencent', kind: 'company', names: ['Tencent', '腾讯', '騰訊'] },
  { id: 'baidu', kind: 'company', names: ['Baidu', '百度'] },
  { id: 'huawei', kind: 'company', names: ['Huawei', '华为', '華為'] },
  { id: 'ibm', kind: 'company', names: ['IBM'] },
  { id: 'intel', kind: 'company', names: ['Intel', 'Intel Corp', '英特尔', '英特爾'] },
  { id: 'cisco', kind: 'company', names: ['Cisco', 'Cisco Systems', '思科'] },
  { id: 'jd-com', kind: 'company', names: ['JD.com', '京东', '京東'] },
  { id: 'xiaohongshu', kind: 'company', names: ['Xiaohongshu', '小红书', '小紅書'] },
  { id: 'realai', kind: 'company', names: ['RealAI', '瑞莱智慧'] },
  { id: 'openai', kind: 'company', names: ['OpenAI'] },
  { id: 'nvidia', kind: 'company', names: ['Nvidia', '英伟达', '輝達', '英偉達'] },
  { id: 'scmp', kind: 'company', names: ['South China Morning Post', 'SCMP', '南华早报'] },
  { id: 'china-daily', kind: 'company', names: ['China Daily', '中国日报', '中國日報'] },
  // Places
  { id: 'wuzhen', kind: 'place', names: ['Wuzhen', '乌镇', '烏鎮'] },
  { id: 'zhejiang', kind: 'place', names: ['Zhejiang', '浙江'] },
  { id: 'beijing', kind: 'place', names: ['Beijing', '北京'] },
  { id: 'shanghai', kind: 'place', names: ['Shanghai', '上海'] },
  { id: 'san-francisco', kind: 'place', names: ['San Francisco', '旧金山', '舊金山', '三藩市'] },
  { id: 'bletchley-park', kind: 'place', names: ['Bletchley Park', '布莱切利庄园', '布萊切利莊園'] },
  // Instruments and ideas
  {
    id: 'global-ai-governance-initiative',
    kind: 'instrument',
    names: ['Global AI Governance Initiative', '全球人工智能治理倡议', '全球人工智能治理倡議'],
  },
  { id: 'bletchley-declaration', kind: 'instrument', names: ['Bletchley Declaration', '布莱切利宣言', '布萊切利宣言'] },
  { id: 'eu-ai-act', kind: 'instrument', also: ['european-union', 'legislation'], names: ['AI Act', 'Artificial Intelligence Act', 'EU AI Act', '人工智能法案', '人工智慧法案'] },
  { id: 'ai-safety-summit', kind: 'instrument', names: ['AI Safety Summit', '人工智能安全峰会', '人工智能安全峰會', '人工智慧安全峰會'] },
  {
    id: 'generative-ai-interim-measures',
    kind: 'instrument',
    also: ['generative-ai', 'regulation'],
    names: [
      'interim regulation on the management of generative AI services',
      'Interim Measures for the (Administration|Management) of Generative (AI|Artificial Intelligence) Services',
      '生成式人工智能服务管理暂行办法',
    ],
  },
  {
    id: 'shared-future-in-cyberspace',
    kind: 'concept',
    names: ['community with a shared future in cyberspace', 'shared future in cyberspace', '网络空间命运共同体', '網絡空間命運共同體', '網路空間命運共同體'],
  },
  { id: 'global-development-initiative', kind: 'instrument', names: ['Global Development Initiative', '全球发展倡议', '全球發展倡議'] },
  { id: 'new-quality-productive-forces', kind: 'concept', names: ['new quality productive forces', '新质生产力', '新質生產力'] },
  { id: 'intelligence-for-good', kind: 'concept', names: ['intelligence for good', '智能向善'] },
  { id: 'digital-divide', kind: 'concept', names: ['digital divide', '数字鸿沟', '數字鴻溝', '數位落差'] },
  { id: 'export-controls', kind: 'concept', names: ['export control(s)', 'export sanctions', '出口管制'] },
  // Practices and ideas of governing AI, and of the conference, in both languages.
  { id: 'legislation', kind: 'concept', names: ['legislation', 'laws', 'lawmakers', 'legislators', 'legislature', '立法', '法案', '修法', '法律', '法规', '基本法', '草案'] },
  { id: 'regulation', kind: 'concept', names: ['regulation(s)', 'regulator(s)', 'regulatory', '监管', '规管', '监理'] },
  { id: 'standards', kind: 'concept', names: ['standards', 'technical standards', '标准'] },
  { id: 'ethics', kind: 'concept', names: ['ethics', 'ethical', '伦理'] },
  { id: 'privacy', kind: 'concept', names: ['privacy', 'personal data', '隐私', '私隐', '个人信息', '个人资料'] },
  { id: 'data-security', kind: 'concept', names: ['data security', '数据安全'] },
  { id: 'cybersecurity', kind: 'concept', names: ['cybersecurity', 'cyber security', '网络安全'] },
  { id: 'cyber-sovereignty', kind: 'concept', names: ['cyber sovereignty', 'sovereignty in cyberspace', '网络主权'] },
  { id: 'generative-ai', kind: 'concept', names: ['generative AI', 'generative artificial intelligence', '生成式人工智能'] },
  { id: 'large-models', kind: 'concept', names: ['large language model(s)', 'foundation model(s)', 'frontier model(s)', '大模型', '大语言模型'] },
  { id: 'deepfakes', kind: 'concept', names: ['deepfake(s)', 'deep synthesis', '深度伪造', '深度合成', '深伪'] },
  { id: 'facial-recognition', kind: 'concept', names: ['facial recognition', '人脸识别'] },
  { id: 'ai-safety', kind: 'concept', names: ['AI safety', 'safety of AI', '人工智能安全'] },
  { id: 'responsible-ai', kind: 'concept', names: ['responsible AI', 'responsible development', '负责任'] },
  { id: 'international-organization', kind: 'concept', names: ['international organization', 'international organisation', '国际组织'] },
  { id: 'congratulatory-letter', kind: 'concept', names: ['congratulatory letter', '贺信'] },
  { id: 'white-paper', kind: 'concept', names: ['white paper', '白皮书'] },
  { id: 'wic-ai-committee', kind: 'body', names: ['AI committee', '人工智能专业委员会', '人工智能专委会'] },
  { id: 'un-general-assembly', kind: 'body', also: ['united-nations'], names: ['UN General Assembly', 'General Assembly', '联合国大会', '联大'] },
  { id: 'disinformation', kind: 'concept', names: ['false information', 'disinformation', 'misinformation', '虚假信息'] },
  { id: 'china', kind: 'place', names: ['China', '中国'] },
  { id: 'united-states', kind: 'place', names: ['United States', 'U.S.', 'US', '美国'] },
  { id: 'white-house', kind: 'body', names: ['White House', '白宫'] },
  { id: 'joe-biden', kind: 'person', names: ['Joe Biden', 'President Biden', 'Biden', '拜登'] },
  { id: 'national-congress', kind: 'body', names: ['Party Congress', 'National Congress', '党代会', '二十大'] },
];
