"""The named patterns of the extractor, each with the reason it exists.

Every regular expression and word list that decides how a stretch of report text is
read lives here, so a reader changing how, say, shares are found sees every pattern at
once. Patterns are tried only where a run of digits or a numeral starts (see
``_values``), and none can backtrack across more than one sentence.
"""

from __future__ import annotations

import re

from xinhong_metrics.lexicon import (
    AGE_GROUP,
    CHANGE_CONTEXT,
    CN_NUMERALS,
    DECREASE,
    HOTLINE_WORDS,
    HOTLINES,
    INCREASE,
    LEADING_VERBS,
    LINKING_WORDS,
    MONEY_HEADS,
    NAMES,
    SIZE_CLASS,
)
from xinhong_metrics.units import (
    COUNT_UNITS,
    MEASURE_UNITS,
    PERSON_ALIASES,
)

# A list, a pair of values or a respectively-list has at least two members.
PAIR = 2
# Two values are adjacent when at most this many characters (a comma and a space) lie
# between one's end and the other's clause.
MAX_GAP = 2
# A noun after its figure is read for at most this many characters (抽调83名机关干部).
MAX_NOUN = 10


SENTENCE_END = "。；;！？!?\n"

# Words that say how a change is measured, not what changed.
BASIS_WORDS = re.compile(
    r"按可比价格?计算|按可比口径计算|扣除价格因素|按同口径计算|按现价计算|(?:剔除|扣除|扣减)[^，,。；;]{1,12}?(?:因素|影响)后?"
    r"|还原[^，,。；;]{1,12}?后|同口径"
    # 园林水果产量94.1万吨，受花期低温影响下降2.4%: the reason, between level and change.
    r"|受[^，,。；;\d]{1,12}?(?:影响|冲击|拉动|带动)"
    r"|可比价格?|可比(?=增长|下降|$)|[,，]"
)

# Digits that name, inside a name (PM2.5, NO2, 5G基站): no figure that ends the head.
_NAME_DIGITS = r"(?<=[A-Za-z])\d+(?:\.\d+)?|\d+(?=[A-Z])"
CLAUSE_HEAD = re.compile(
    rf"((?:[^\d“（(]|{_NAME_DIGITS}){{2,}}?)(?:从|自|由|(?<![A-Za-z\d.])\d(?![\d.]*[A-Z]))"
)
# The comparison word a clause's head ends with before its year (优良天数较2020年…).
AGAINST_WORD = re.compile(r"(?:比|较|与)$")

# A clause that goes on with the subject before: ，达到11.67万亿元; ，2021年达到2689.3亿元.
CONTINUATION = re.compile(
    r"(?:并|又|再|，)?(?:(?:19|20)\d{2}年(?:底|末)?)?(?:达到|达|为|至|突破|超过|跃升至|增加到|增至)?"
)

# A clause that states a subject's change only, whose level the next clause gives:
# 国内生产总值比上年增长９．１％，(达到１１．６７万亿元).
# 粮食总产量又增产1454万吨，(达到48401万吨) and 城镇化率提升0.9个百分点、(达62.1%) alike.
SUBJECT_OF_CHANGE = re.compile(
    r"([^\d\s，,、；;。：:“”（）()]{2,20}?)(?:(?:比上年|比去年|较上年|同比)(?:实际)?|又|再)?"
    r"(?:增长|下降|增加|减少|提高|降低|提升|上升|增产|减产)(?:超过|超|近|逾)?[\d０-９.．]+"
    r"(?:[%％]|个百分点|[万亿]?(?:吨|斤|元|人|户|家|个|公里|亩))(?:以上|左右)?[，,、]?$"
)


# A level and the level it went to: 从1997年的7.4万亿元增加到2002年的10.2万亿元, 由2476元
# 增加到4140元, 从2006年20.5亿元增加到去年的98亿元. FROM_YEAR ends the words before the
# first figure; TO_WORDS are the words between the two.
# A rise from a named year's level to one of no year: 由2018年的60.0亿元增加到88.6亿元.
FROM_YEAR_TO = re.compile(
    r"(?:由|从)((?:19|20)\d{2})年(?:底|末)?的?[^，,。；;年]{1,16}?"
    r"(?:增加|增长|提高|提升|上升|扩大|跃升|攀升|下降|降低|减少|缩小)?"
    r"(?:到|至)[^，,。；;年]{1,16}[，,]?$"
)
# 与2019年相比，…由6.58亿元增加到8.73亿元: the year the sentence sets the span against.
COMPARED_WITH_YEAR = re.compile(r"(?:与|同|和)(?P<year>(?:19|20)\d{2})年(?:底|末)?相比[，,]")
FROM_A_YEAR = re.compile(r"(?:由|从)(?P<year>(?:19|20)\d{2})年(?:底|末)?的")
FROM_YEAR = re.compile(
    # 个体工商户由上年末的5.51万户增至5.70万户: the year before's end, as 上年的.
    r"(?:从|由)(?:(?P<year>\d{4})年(?:底|末)?的?|(?P<last>上年|去年)(?:底|末)?的?)?$"
)
TO_WORDS = re.compile(
    r"^(?:(?:增加|增长|提高|提升|上升|下降|降低|减少|扩大|缩小|跃升|攀升|降|升|增|达)?(?:到|至)"
    # 市属一级企业由上年的18户调整为16户: a level set anew, as its count says.
    r"|(?:调整|变|精简|压减|压缩|整合|减少|增加)为)"
    r"(?:(?P<year>\d{4})年(?:底|末)?的?|(?P<last>去年|上年)(?:底|末)?的?)?$"
)

# A clause that states a change with no subject (又增产1454万吨，), and the words that
# set a subject against its past (粮食总产量在上年大幅度增长的基础上): not its name.
CHANGE_ALONE = re.compile(
    r"(?:又|再|并|比上年|同比)?(?:增长|下降|增加|减少|增产|减产)[\d０-９.．]+[万亿]?[^\d，,。；;]{0,3}[，,]"
)
ON_BASIS = re.compile(r"在[^，,。；;]{0,20}?基础上$")

# Words that open a list right after a count: 四大处置网格，下设街面、居委…; 三大平台：….
LIST_AFTER = re.compile(
    r"[^。；;，,]{1,14}(?:[，,]?(?:下设|包括|涵盖|即|分别为|分别是)|[：:])[^。；;]*、"
)
# Verbs that set things up, so that the N大 after them counts what was set up.
SET_UP = re.compile(r"(?:成立|组建|建成|设立|新设|新建)[^，,。；;]{0,4}$")

# The year's additions to a stock, then the stock: 新增国家级专精特新“小巨人”企业48家，总数
# 达到257家; 新建高标准农田265万亩，累计建成3395万亩. FLOW_OPENING is the additions'
# clause's opening, STOCK_WORDS the words of the stock's clause before its figure.
# Verbs of the year's additions to a stock, beyond 新增 and 新建 (新创建A级旅游景区17家).
ADDITION_VERBS = "新创建|新获评|新评定|新备案|新注册|新入库|新纳入|新获批|新批准|新晋"
FLOW_VERBS = (
    r"新增|新建成|新建|净增|新认定|新培育|新引进|新开通|新设立|新登记"
    rf"|{ADDITION_VERBS}|新落户|新挂牌|新命名"
)
FLOW_OPENING = re.compile(rf"^(?:全年|今年|当年)?(?:{FLOW_VERBS})")
# The year a target sentence names: 到2025年，…突破1200亿元; 至2027年底.
# 到2030年, 至2027年底; 非常规天然气产量2030年达到300亿立方米 (the year right before the verb).
TARGET_BY_YEAR = re.compile(
    r"(?:到|至)((?:19|20)\d{2})年(?:底|末)?|((?:19|20)\d{2})年(?:底|末)?(?:达到|突破|超过|实现)"
)
# A level held over a streak of years: 连续五年稳定在130万吨以上, 连续3年突破百亿元.
STREAK_LEVEL = re.compile(
    r"连续[\d一二两三四五六七八九十]+年(?:来)?(?:稳定在|保持在|稳定|保持|超过|突破|达到|在|超|过)$"
)
# Measures whose 其中 figures are no additive parts: a subgroup's rate (失业率), an
# average or a price (年平均工资, 亩均税收), an index, and a net total (利润总额: another
# sector's losses let one sector's profit exceed it).
NON_ADDITIVE = re.compile(
    r"率|比重|比例|占比|指数|价格|系数|强度|平均|[日月年户人亩校班床村]均|标准|利润|盈利|净|涨幅"
    r"|增幅|增速|水平"
)
# A net change between the year's additions and the stock: ，净增37家.
NET_BEFORE = re.compile(r"净[增减]$")
NET_BETWEEN = re.compile(r"^[，,]净[增减]\d+(?:\.\d+)?[^\d，,。；;]{0,3}(?=[，,])")
STOCK_ONLY = re.compile(r"(?:年末|年底)?(?:总数|总量|总计|总规模|累计建成|累计)(?:达到|达)?")
# A stock named right after a change of the year's additions: ，总数达到98家.
STOCK_AFTER = re.compile(
    r"[，,](?:[^\d，,。；;]{0,12}?)(?:总数|总量|累计|总计|存量|总规模|现有|共有|达到|达\d)"
)
STOCK_WORDS = re.compile(
    r"^(?:[^\d，,。；;]{0,12}?(?:总数|总量|总计|总规模|累计建成|累计)(?:达到|达|增至|增加到|为)?"
    r"|(?:达到|达|增至|增加到))$"
)

# Between a part and its share of the whole: ，占一般公共预算收入比重达86.2%.
# 占地区生产总值的比重为2.38%, and as statistics also write it, 相当于地区生产总值的2.46% and
# 与地区生产总值之比为2.01%; a share's name drafted from those words opens with one of them.
SHARE_WORD = r"(?:占|相当于|与(?=[^，,。；;\d%]{1,14}?之比))"
SHARE_OPENINGS = ("占", "相当于", "与")
SHARE_TIE = re.compile(
    # …1786.2亿元，增长6.1%，占地区生产总值的比重为57.8%: the part's own growth may stand
    # between.
    r"(?:[，,、](?:(?:比|较)(?:上年|去年)|同比)?(?:增长|下降)\d+(?:\.\d+)?[%％])?"
    rf"[，,、]?(?:{SHARE_WORD}[^，,。；;\d%（(]{{1,14}}?(?:之比|的)?(?:比重|比例)?|占)"
    r"(?:[（(][^（）()\d，,。；;]{2,16}[)）])?(?:为|达到|达)?\d+(?:\.\d+)?[%％]"
)

# Words that join two items into one, where a list's split is in doubt.
ITEM_JOINS = re.compile(r"和|及|与|或|以及")

# The figure of a count, in digits or numerals: 5个村, 六个百亿级产业集群.
_COUNT_FIGURE = r"[\d一二两三四五六七八九十]+"
# A verb that opens a list of things it builds or has (形成装备制造、新材料…六个百亿级产业
# 集群; 重点打造新能源汽车、新材料、生物医药三大产业集群): the first item after it is the
# list's first member, so the list is plainly the things counted.
LIST_OPENING = re.compile(
    r"(?:重点|加快|着力|积极|大力|全力|逐步|初步|基本)?"
    r"(?:形成|打造|培育|壮大|建成|建设|构建|拥有|发展|做强|布局|组建|新建|改建|新设|设立|开设"
    # 打通长宁路、芦花街…5条断头路: roads opened, built or rebuilt.
    r"|打通|贯通|修建|改造)"
)
# A verb of work done in places, before a list of places counted as such (完成黄家坪、杨柳湾、
# 石板溪、龙潭坪5个村的道路硬化): the places are the members. Not before other classes
# (推动装备制造、新材料…四个产业提质), whose first item may hold more than a member.
PLACES_OPENING = re.compile(rf"{LIST_OPENING.pattern}|(?:完成|推进|推动|实施|支持|帮助)")
COUNT_OF_PLACES = re.compile(rf"{_COUNT_FIGURE}个(?:村|镇|乡|县|区|市|社区|街道)$")
# The count and the class it names after it (…六个百亿级产业集群, 三大产业集群): the items
# are the class's members, one each.
COUNT_OF_A_CLASS = re.compile(rf"{_COUNT_FIGURE}(?:个|大|家|座|处|项|条)[\u4e00-\u9fff“”]{{2,}}$")
# An aside in brackets right after a level, before the clause goes on: （按可比价格计算）,
# （一般债券226.0亿元、专项债券1226.0亿元）. One bracket, none inside it.
ASIDE_FIRST = re.compile(r"^[（(][^（）()]{1,60}[）)]")

# What may stand between a level and its share (占…) or its next change: its change, or last
# year's level and the change from it (57.1万亩，比上年末的52.6万亩增加4.5万亩，占全县耕地
# 面积98.6万亩的57.9%; 401.5亿元，由上年的362.8亿元增加38.7亿元，增长10.7%).
_CHANGE_CLAUSE = (
    r"[，,、](?:(?:比|较|由)(?:上年|去年|(?:19|20)\d{2}年)(?:末|底)?的?\d+(?:\.\d+)?[^，,。；;\d]{0,6}?)?"
    r"(?:同比|比上年|较上年)?(?:增加|减少|净增|净减|新增|增长|下降)\d+(?:\.\d+)?[^，,。；;\d]{0,6}"
)
CHANGE_BETWEEN = re.compile(rf"{_CHANGE_CLAUSE}[，,]")

# The members of a count named in a bracket right after it: 新增省级龙头企业5家（桐岭茶业集团、
# 湘岭油茶…）. Not a part (其中, 含), examples (如), a breakdown with figures (国家级1家、
# 省级4家), nor an open list (等).
BRACKETED_MEMBERS = re.compile(
    r"[（(](?!其中|含|如|例如|比如|包括但不限于)"
    r"(?P<items>[^（）()\d，,。；;：:等]{2,16}(?:、[^（）()\d，,。；;：:等]{2,16})+)[)）]"
)
# …or after a colon, to the clause's end: 5所：城南小学、县第三幼儿园、河口镇中心小学，.
# Not ordinals (：一是…、二是…), nor figures, nor an open list (等).
COLON_MEMBERS = re.compile(
    r"[：:](?![一二三四五六七八九十]是)"
    r"(?P<items>[^（）()\d\s，,。；;：:等]{2,16}(?:、[^（）()\d\s，,。；;：:等]{2,16})+)(?=[，,。；;])"
)
# An item of such a list: a short noun phrase.
LIST_MEMBER = re.compile(r"[\u4e00-\u9fff“”]{2,8}")
# What may follow a one-character counted noun that ends there: a mark, or a verb or
# particle that cannot go on the noun (4个村成功创建, 3个镇入选, 5个村的).
AFTER_COUNTED_NOUN = frozenset("，。；、,;：:）)成获被已均全入列开实通荣纳的建完达在为")

# Between a level and its revision: 由2613.5亿元修订为2648.2亿元, 由…调整为….
REVISED_TO = re.compile(r"(?:修订|调整|核实|核定|修正)(?:后)?为")
# Words that set a level anew after the earlier one: (由上年的18户)调整为(16户).
SET_TO = re.compile(r"(?:调整|变|精简|压减|压缩|整合|修订|核定|核实|修正)(?:后)?为")

# A clause that is a name alone, the figures following in the next: 城镇居民家庭人均可支配
# 收入，(由1997年的5160元增加到2002年的7703元).
BARE_SUBJECT = re.compile(r"([^\d\s，,、；;。：:“”（）()]{4,20})[，,]")

RESPECTIVE_HEAD = re.compile(r"(.+?)分别(?:完成|实现|为|达到|达)?")
# A clause of levels that opens with 分别 (…分别提高1.2个和1.5个百分点，分别达到65.3%和48.2%).
RESPECTIVE_LEVELS = re.compile(r"分别(?:完成|实现|为|达到|达|是)\d")

# A list of figures (6640.8万吨、1253.6万吨、9.1亿立方米), the names before it, and the
# measures a list of names shares at its end (原煤、原油、天然气产量).
# Measures written with 万 before the unit that have a unit of their own (万平方米).
SCALED_MEASURES = ("平方米", "吨", "立方米")
LIST_JOINS = frozenset(("、", "和", "及", "与"))
# Between two named levels of a list: (农民合作社51家)、家庭农场(45家).
NAMED_LIST_JOIN = re.compile(r"[、和及与][^\d，,。；;、：:（）()]{1,12}")
LIST_HEAD = re.compile(r"(.+?、.+?)(?:分别)?(?:完成|实现|为|达到|达)?$")
MEASURE_NOUNS = (
    "产量", "产值", "增加值", "收入", "支出", "总额", "投资", "面积", "人数", "数量",
    "销售额", "营业收入", "利润", "规模", "里程", "排放量", "消费量", "装机", "价格",
    "余额", "减排量", "用水量", "供水量", "发电量", "用电量", "吞吐量", "客运量", "货运量",
)  # fmt: skip

DIGIT = re.compile(r"\d")


# An amount of money as a figure (50.76亿元).
MONEY_FIGURE = r"\d+(?:\.\d+)?(?:万亿元|亿元|万元|元)"
# The words of a completion rate before its figure: 完成预算的, 为年度目标的, and 完成调整预算
# 50.76亿元的 (the budget's figure may stand before 的).
COMPLETION_WORDS = (
    rf"(?:为|完成|达到)(?:调整|年初|年度|全年)?(?:预算|计划|目标|任务)(?:数)?(?:{MONEY_FIGURE})?的"
)
COMPLETION_BEFORE = re.compile(rf"{COMPLETION_WORDS}$")
# A figure per head or per so many people (每万人口…拥有量92.4件, 人均): a rate, never
# one of the parts a 其中 lists of a total.
PER_HEAD = re.compile(r"每(?:\d+|[十百千万]+)?万?人|人均|户均|每百户|每千人")
# The report's own jurisdiction before a name (全县, 全区, 我市): the same figure without it.
_OWN_PLACE = r"(?:全|我)[省市区县镇乡州盟旗]"
_YEAR_END = r"(?:年末|年底)"
OWN_JURISDICTION = re.compile(rf"^{_OWN_PLACE}")
# The year's end and the jurisdiction before a stock's name: 年末全市民用汽车保有量 is the
# 民用汽车保有量 a share of a part (占民用汽车保有量的19.2%) is of.
OWN_STOCK = re.compile(rf"^{_YEAR_END}?(?:{_OWN_PLACE})?")

CHANGE_SCOPE = re.compile(
    r"同口径|可比口径|(?:剔除|扣除|还原|扣减)[^，,。；;）)]{1,12}?(?:因素|影响|后)"
)
# Opening words that name a jurisdiction for the sentence's figures: 放眼全省，, 全省层面，.
LEAD_JURISDICTION = re.compile(
    r"(?:放眼|纵观|综观|从|就|在)?(?P<where>全[国省市区县州盟旗])"
    r"(?:范围内|层面|来看|看|而言|上下)?[，,：:]"
)
# Opening words of a sentence that put its figures on a part or another basis: 从县本级看，
# 经开区：, 在中心城区，, 按全口径统计，, 区划调整后，, 受行政区划调整影响，.
LEAD_SCOPE = re.compile(
    r"(?:从|就|在|按|按照|根据|受|考虑)?[^，,：:。；;\d]{0,14}?"
    r"(?:本级|县城|城区|市区|开发区|经开区|高新区|园区|新区|口径|区划|划转|托管|撤县设区|撤乡并镇|撤并"
    r"|县级|乡镇级|市辖区|集聚区|保税区|限额以上单位|农村地区|(?<=[\u4e00-\u9fff]{2})镇(?=[：:]))"
    # What may follow the scope's word: how it is looked at or changed (从县本级看, 受区划
    # 调整影响), not a topic's verbs (县城扩容提质步伐加快，… opens a paragraph, no scope).
    # (在限额以上单位商品零售额中，…: within it.)
    r"(?:[^，,：:。；;\d]{0,3}(?:看|来看|而言|方面|计算|统计|范围内|调整|变动|变化|影响|以后|后)"
    r"|[^，,：:。；;\d]{0,8}中|[^，,：:。；;\d]{0,3})[，,：:]"
)
# A sentence whose subject is a part of the jurisdiction, named (栖澜经济开发区全年实现…,
# 高新区完成…): its figures are the part's. Not 全区 (the whole of a district).
SUB_AREA_LEAD = re.compile(
    r"[^，,：:。；;\d\s全本我]{2,12}?"
    r"(?:经济技术开发区|经济开发区|高新技术产业开发区|开发区|经开区|高新区|工业园区|产业园区|产业园"
    r"|综合保税区|综保区|保税区|集聚区|自贸片区)"
    r"(?:内|范围内)?(?=全年|年内|共|实现|完成|新|累计|[，,：:])"
)
# The three rates of a population's natural change, by their names (出生率, 人口死亡率 …).
NATURAL_GROWTH_PARTS = (
    ("birth", re.compile(r"(?:年末|全年)?(?:人口)?出生率")),
    ("death", re.compile(r"(?:年末|全年)?(?:人口)?死亡率")),
    ("natural", re.compile(r"(?:年末|全年)?(?:人口)?自然增长率")),
)
TRAILING_NOTE = re.compile(r"[（(][^（()）]{1,24}[)）]")
# A note that the report's growth rates are on a comparable scope (注：…增速按可比口径计算):
# its changes are not recomputed from the levels of other reports.
NOTE_NAMED = re.compile(
    r"(?:19|20)\d{2}年([^，,。；;\d]{2,20}?)(?:修订|核定|核实)为"
    # 对2023年地区生产总值等相关数据进行了修订: the measures named before 等…数据.
    r"|对(?:(?:19|20)\d{2}年)?([^，,。；;\d]{2,20}?)等?(?:相关|有关)?数据(?:进行了|进行|作了|作)?修订"
    # 2023年地区生产总值及相关数据已根据第五次全国经济普查结果进行修订: the same.
    r"|(?:19|20)\d{2}年([^，,。；;\d]{2,20}?)(?:及|和|等)(?:相关|有关)?数据(?:已|均)?"
    r"(?:根据[^，,。；;]{0,20}?)?(?:进行了|进行|作了|作)?修订"
    # 2023年全省地区生产总值由32,456.8亿元调整为33,187.2亿元: the measure, its figures.
    r"|(?:19|20)\d{2}年([^，,。；;\d]{2,20}?)由[\d,.]+[^，,。；;\d]{0,4}?(?:调整|修订|核定|核实|修正)为"
    # 本公报中2023年地区生产总值、各产业增加值及人均地区生产总值均采用修订后数据.
    r"|(?:19|20)\d{2}年([^，,。；;\d]{2,40}?)(?:均|都)?(?:采用|使用|为)修订后的?数据"
)
# A revision by an economic census, which revises what the census counts (the accounts,
# enterprises' output and sales), not the figures of customs, budgets, harvest surveys,
# banks, prices or household surveys.
CENSUS_REVISION = re.compile(r"经济普查")
# Against the first estimate of the same figure (比初步核算数增加8.37亿元): a revision.
AGAINST_ESTIMATE = re.compile(r"初步核算|快报数|初步统计数|原统计数")

# A note's words pointing back to measures named before it: 2024年相关指标增长速度….
RELATED = re.compile(r"相关|有关|上述")
NOT_CENSUS = re.compile(
    r"进出口|出口|进口|外贸|财政|预算|税收|粮食|存款|贷款|人口|价格|可支配收入|外资|外商"
)
COMPARABLE_NOTE = re.compile(
    r"(?:增速|增幅|增长率?|增长速度|同比)[^。；\n]{0,6}(?:按|为|系)(?:可比口径|同口径|修订后)"
    r"|上年(?:同期)?(?:有关)?数据(?:已|均)?(?:作)?(?:修订|调整)|有关数据已作修订"
)

# A note's words for its period, which name no measure (本期增速…, 本年…).
NOTE_PERIOD = re.compile(r"^(?:本期|本年|当期|今年|本年度|报告期)(?:的)?$")
# A clause's words that the scope of its measure changed (资产总额口径有所调整).
SCOPE_CHANGED = re.compile(
    r"(?:统计)?(?:口径|范围)(?:有所|已|进行了?|发生)?(?:调整|变化|变动)$"
    # 节水灌溉面积自2024年起调整统计口径: the verb first, the year it took effect before.
    r"|(?:自?(?:19|20)\d{2}年(?:起|以来)?)?(?:调整|变更|扩大)了?(?:统计)?(?:口径|范围)$"
)

# Words that put a change at comparable prices: in its own sentence (按可比价格计算，全县
# 工业总产值50.12亿元，增长2.1%), or in a note on the report's rates (注：总产值、增加值增速
# 均按可比价格计算; 以下增速均按可比价格计算), naming the measures it is about or none.
PRICE_BASIS = re.compile(
    r"按可比价格?计算|按不变价格?计算|可比价|可比(?:增长|下降)|扣除价格因素|剔除价格因素|实际增长|实际下降"
)
PRICE_NOTE = re.compile(
    r"(?:增速|增幅|增长速度|增长率|发展速度)(?:均|都|皆|一律)?(?:按|为|系)"
    r"(?:可比价格?|不变价格?)(?:计算)?"
)
# The words before a price note that name its measures, back to the sentence's start.
PRICE_NOTE_SUBJECT = re.compile(r"(?P<subject>[^。；;！!\n（(：:]{0,24})(?:的|及其分项|及分项)?$")
# A note's subject that names no measure: the report's rates, all of them.
# 以上 and 以下 only open it (以上增速…), never inside a name (规模以上工业增加值).
PRICE_NOTE_ALL = re.compile(r"本报告|报告中|^以上|^以下|各项|所有|涉及|有关|上述|^$")
# The document a note's subject opens with (本文中地区生产总值、各产业增加值…, 本公报中):
# no measure, and the subject may be cut inside it (文中…), as it is read back 24
# characters only. With nothing after it, the note is of all the report's rates.
PRICE_NOTE_DOCUMENT = re.compile(r"^(?:本|该)?(?:文|公报|报告|表)(?:中|内)?(?:的)?")
# Around a note's subject, what names no measure: its number (2.), and the clause on
# levels before the one on rates
# (地区生产总值、各产业增加值绝对数按现价计算，增长速度按可比价格计算).
PRICE_NOTE_FRAME = re.compile(
    r"^(?:注|说明|备注)?[：:]?\s*(?:\d+[.．、]|[（(]\d+[）)])?\s*"
    r"|(?:的)?(?:绝对数|绝对额|总量|总额)?按现价(?:计算)?[，,]?$"
)

# A measure's name right before its change: ends in a noun-like word the genre uses.
MEASURE_END = (
    r"(?:总值|收入|支出|产值|增加值|投资|总额|总量|人数|数量|规模|指数|消费|额|量|率"
    r"|利润|出口|进口|外资|内资|税收|工资|营收|存款|贷款|客流|单产|产量|能耗|排放|活动|成本|费用"
    r"|增速|比重|占比|价格|价|费|金|数|值"
    r"|融资|主体|产业|警情|投入|就业|贸易|时间|运能|产能|标准|人次|交易|销量|业务|用电|装机"
    r"|吞吐|周转|客运|货运|游客|订单|效率|成交|保费|票房|人口|频次|比例|浓度|密度|专利|面积|里程"
    r"|企业|人员|专家|产出|在校生)"
)
MEASURE_AT_END = re.compile(rf"{MEASURE_END}$")
# A rank said between a level and its change: 达到5.53万亿元、稳居全国前十强、增长4.8%.
RANK_BETWEEN = re.compile(r"[、，,](?:稳居|位居|居|跻身|位列|排名)[^，,、。；;]{1,10}[、，,]")

# How a measure moved, between its name and its change: 出口逆势增长17.8%.
_MANNER_WORDS = r"(?:逆势|逆市|稳步|持续|快速|较快|大幅)"
MANNER = re.compile(rf"{_MANNER_WORDS}$")
SUBJECT_BEFORE = re.compile(
    rf"{MEASURE_END}(?:平均|预计|实际|名义|可比价?|按可比价格计算)?{_MANNER_WORDS}?$"
)

# Not 争取 of funds secured (全年争取中央转移支付1368.2亿元): in the review, an actual.
TARGET_WORDS = re.compile(
    r"预期目标|主要目标|目标是|年初确定|力争|争取(?!到|中央|上级|国家|各类|各级|资金|专项|债券)"
    r"|计划(?:增长|实现)|确保"
)

# Words that make a level in the review a target all the same (年初确定的…左右).
TARGET_LEVEL = re.compile(r"预期目标|主要目标|目标是|年初确定|力争|计划(?:增长|实现)")

# Years from one to another: 2019年至2023年, 2019—2023年.
YEARS_SPAN = re.compile(r"(?P<first>(?:19|20)\d{2})年?(?:至|到|—|-|－|~)(?P<last>(?:19|20)\d{2})年")
# A paragraph that opens a review of several years (“十四五”时期工作回顾, 过去五年, 五年
# 来主要做了以下工作): its figures are of the span or of some year in it, not of the year
# the report reviews, until a paragraph opens the year itself (刚刚过去的2025年, 过去一年).
# The span may also open the paragraph's second sentence: 各位代表！2025年是“十四五”收官
# 之年。五年来，我们…; only as the words that open a clause (五年来，), never 五年来首次.
# The span may also be written in years: 回顾2019年至2023年，我们….
SEVERAL_YEARS_OPEN = re.compile(
    r"^[^\n。\d]{0,30}?(?:“?十[一二三四五六]五”?(?:时期|期间|以来)|过去五年|五年来|这五年|五年间)"
    r"|^[^\n]{0,40}?[。！!](?:过去五年|五年来|这五年|五年间)[，,]"
    rf"|^[^\n]{{0,60}}?(?:^|[。！!，,])(?:回顾|纵观)?{YEARS_SPAN.pattern}(?:[，,]|这五年|五年来|五年间)"
)
# A communiqué's paragraphs open with the year's figures (全年…, 年末…, 初步核算，…) after a
# paragraph on the five-year plan.
ONE_YEAR_OPEN = re.compile(
    # 一、2025年工作成效, 2025年工作回顾: a heading of the year's own work.
    r"^[^\n。]{0,16}?(?:过去一年|一年来|刚刚过去的\d{4}年|去年|\d{4}年(?:，|是|以来|的?主要?工作|工作))"
    r"|^\s*(?:全年|年末|初步核算)"
)
# In a several-year review, a level reached (财政收入达到5.13万亿元, 增加到4140元) is the
# level at the span's end, the year reviewed; a flow (新设经营主体62.91万户) is not.
# The figures of a list before this one: 分别达到41826元、(19732元) reaches them all.
LIST_ITEMS_TAIL = re.compile(r"(?:\d+(?:\.\d+)?[^\d、，,。；;]{0,4}[、和及与])+$")
REACHED = re.compile(r"(?:达到|达|突破|超过|到|至)了?$")

# In a several-year review, the words that date a sentence to the year reviewed.
DATED = r"过去一年|一年来|去年|刚刚过去的"

# A figure that is a goal by the words right after it: 略低于6%左右的预期目标, 超额完成150个
# 的年度任务, 占比提高到18%的目标没有实现 (a goal said unmet; one said met, 实现…500元的目标,
# is the level reached).
GOAL_AFTER = re.compile(
    r"的(?:(?:预期|年度|全年|既定|计划|考核)(?:目标|任务)"
    r"|目标(?:任务)?[^，,。；;\d]{0,4}?(?:没有|没能|未能?|尚未)(?:实现|完成|达到|达成))"
)

# A goal said met, its clause closed (全面实现年初确定的主要目标，): the figures after it
# are the outturn.
GOAL_MET = re.compile(r"(?:实现|完成|达到)了?[^，,。；;]{0,12}?目标(?:任务)?[，,]")

# Verbs that make the figure after them an amount of change, not a level.
AMOUNT_VERB = re.compile(r"(?:压降|压减|减少|下降|降低|削减|化解|新增|增加|净增)$")

# Words that make a change one over several years: 五年, 十四五时期, 以来, 累计. Not 累计 of
# a stock (累计建成装机, 累计认定): what has been built up by now, whose growth is on a year.
SEVERAL_YEARS = re.compile(
    # Not 九年义务教育, 九年一贯制, 十二年免费教育: the schooling's length names it.
    r"[两三四五六七八九十]年(?!义务|一贯|制|免费|基础教育)(?:来|间|中|累计)?"
    r"|十[一二三四五]五(?:时期|期间|以来)?|(?<!今年)以来"
    r"|累计(?!建成|创建|培育|认定|拥有|保有)|期间"
)

# Rates that may pass 100%: completion, growth, contribution.
UNBOUNDED_RATE = re.compile(r"完成|增速|增长率|超额|达成率|贡献率")

TOTAL = re.compile(r"(?:总计|合计)")
# A total said as one, before its figure: 总投资合计6.12亿元, 共计安排…, 资金总计….
TOTAL_SAID = re.compile(r"合计|总计|共计")
# Between two items of a list a 合计 sums: 、 or 和 (…169亿元、新增…专项债券862亿元).
LIST_JOIN = ("、", "和", "及")

PARENTHESES = re.compile(r"[（(][^）)]*[）)]")

DECIMAL = re.compile(r"\d+(?:,\d{3})*\.\d+")

SENTENCE_RE = re.compile(f"[{re.escape(SENTENCE_END)}]")

NAMED = re.compile("|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True)))

# 对 is a verb before a name (对困难群众…), but 对外投资, 对外贸易 are names whole; 受理
# before 12345热线工单 is a verb, but 受理量 and 受理率 are names; 达 and 有 are verbs before
# a figure, but 达标堤防, 达成率, 有效灌溉面积 and 有机农产品 are names whole.
_VERB_NOT_BEFORE = {"对": "外", "受理": "[量率数]", "达": "[标成]", "有": "[效机序色线关益偿]"}
VERBS = "|".join(
    re.escape(v) + (f"(?!{_VERB_NOT_BEFORE[v]})" if v in _VERB_NOT_BEFORE else "")
    for v in sorted(LEADING_VERBS, key=len, reverse=True)
)

LINKS = "|".join(re.escape(w) for w in sorted(LINKING_WORDS, key=len, reverse=True))

# A name without the verbs before it and the linking words after it.
NAME_CORE = re.compile(f"(?:{VERBS})*(.*?)(?:{LINKS})*$", re.S)

LEADING = re.compile(f"^(?:{VERBS})+")
YEAR_END_OPENING = re.compile(rf"{_YEAR_END}(?=.)")

# A floor and the unit a standard is paid per, between a name and its figure: 城乡低保
# 标准提高到不低于每人每月650元 names 城乡低保标准.
PER_TAIL = re.compile(
    rf"(?:{LINKS})*(?:不低于|不少于|不高于|不超过)?(?:人均|户均)?每(?:人|户|亩)?(?:每)?(?:月|年)?$"
)

# Where the thing counted after a figure ends and what is said of it begins: 28个全国重点
# 实验室在川布局, 5个天府实验室揭牌运行, 9个国家区域医疗中心全部开诊, 355项“川渝通办”事项
# 让两地群众…, 6个项目获评全国城市更新…. Searched from the noun's third character on, so a
# noun that opens with one of these words (获奖作品, 在建项目) is not cut to nothing.
NOUN_STOP = re.compile(
    r"完成|建成|入选|入围|入轨|入列|获|荣获|上榜|亮相|落地|落户|实现|全部|全面|圆满|如期|顺利"
    r"|成功|加快|揭牌|开诊|开工|竣工|完工|投产|投用|投运|运营|运行|集聚|达到|纳入|进入|通过"
    r"|覆盖|惠及|累计|分别|正在|已经|已|被|强化|配备|不及|住上|(?<![转出])让|向全|开设|开展"
    # 三大主导产业开票销售占规上工业比重: a share of the things counted begins.
    r"|占(?!地|用|有)"
    r"|在[\u4e00-\u9fff]{1,3}?(?:布局|落地|落户|设立|建设|开工|运营|投产|集聚|推广|开设|举办)"
)

# A streak of years between a measure's name and its figure (销售额连续3年突破百亿元,
# 粮食产量连续9年稳定在…): from its word to the end of the words before the figure.
STREAK_BEFORE = re.compile(r"(?:已)?连续[\d一二两三四五六七八九十]+年[^，,。；;\d]{0,8}$")

# The head of a thing counted, where a noun that runs past its longest reach with no word
# said of it is cut back to: 82个城中村改造项目加力实施 counts 城中村改造项目, 197家二级以上
# 医院开设体重管理门诊 counts 二级以上医院.
COUNT_HEAD = re.compile(
    r"项目|工程|中心|基地|平台|园区|实验室|集群|企业|公司|合作社|农场|示范区|试验区|先导区"
    r"|试点|事项|医院|学校|站|链|(?<!乡)村(?!庄)|社区|街道|乡镇|航线|门诊|公园|小区|场景|家庭|断面"
)

# A name that is only what was done, the thing done to following the figure: 扎实推进
# 200个重点项目, 整合建立18条标志性产业链, 力争新增国家级实验室2家.
ONLY_DOING = re.compile(
    r"(?:扎实|滚动|继续|统筹|加快|全面|持续|大力|积极|着力|深入|重点|新|再|力争|争取|计划|拟|要"
    r"|整合|谋划|高标准|高质量|稳步|有序|全力|率先|在全国率先|在全省率先|确保|落细落实|清单化落实)*"
    r"(?:推进|实施|推动|建好|建立|培育|办好|抓好|做好|用好|管好|发挥好|利用好|实施好|推进好|选择"
    r"|打造|新建|新建提升|建设|获批建设|获批|布局|储备|招引|引进|支持|帮扶|创建|认定|落实|开展"
    r"|组织|开工建设|启动建设|启动实施|改造提升|提升改造|更新改造|上线|确保"
    # 街道下辖26个居民区: the jurisdiction holds them; the thing counted follows.
    r"|全?(?:街道|镇|乡|县|区|市|省)?(?:下辖|共辖|管辖)"
    # 主要有三个方面, 存在两个问题, 使我们深刻体会到三点: the things said follow.
    r"|(?:主要|还|仍|共)?(?:有|存在|包括)|(?:使我们|我们)?(?:深刻|深切)?(?:体会到|认识到|感到))"
)

# What a subject's clause says of it before its figure follows in the next clause: 粮食总产量
# 再上新台阶，突破1600亿斤大关 names 粮食总产量.
SAID_OF_SUBJECT = re.compile(
    r"(?:再|又|首次|持续|稳步)?(?:上|迈上|跃上|跨上|登上|站上)了?(?:一个)?新的?台阶"
    rf"|(?:连续|接连|相继)?(?:跨越|迈上|跨上|跃上|登上|连跨)了?[\d{CN_NUMERALS}]*个?[千百万亿]+元?级?台阶"
    r"|(?:再|又)?创(?:历史)?新高|稳中有升|(?:稳步|持续|大幅|明显|较快)(?:增长|提升|回升|扩大|向好)"
    r"|实现正?增长$"
)

# A ratio of two measures, stated as a bare number or as N∶1 (城乡居民收入比为1.87;
# 城乡居民收入比缩小至2.21∶1; 农产品加工业产值与农业总产值之比提高到2.81∶1), and its change
# right after it (，比上年缩小0.02). The name never runs into 比重 or 比上年.
RATIO_HEAD = re.compile(r"收入比|之比|比值|收入倍差")
# What stands before the head, within its clause: the rest of the ratio's name.
RATIO_NAME = re.compile(r"[\u4e00-\u9fff“”]{0,18}$")
RATIO_TAIL = re.compile(
    # 由上年同期的2.04缩小至2.01: last year's ratio, said on the way.
    r"值?(?:由(?P<last>上年|去年)?(?:同期|末)?的?(?P<was>\d+(?:\.\d+)?)(?:[∶：:]1)?)?"
    r"(?:为|是|达到|达|缩小至|缩小到|缩小为|降至|降到|下降到|下降至|下降为|收窄至|收窄到"
    r"|提高到|提高至|提升至|提升到|扩大到|扩大至|保持在|稳定在)?"
    r"(?P<num>\d+(?:\.\d+)?)(?P<one>[∶：:]1(?![\d.]))?(?P<post>左右|以内|以下|以上)?"
    r"(?![\d.%％‰万亿元倍个])"
)
# The three sectors' shares of GDP written as one proportion (三次产业结构为7.2∶38.8∶54.0;
# …由上年的15.9:38.2:45.9调整为15.2:38.6:46.2): three shares, in %.
_SHARE_NUM = r"\d{1,2}(?:\.\d{1,2})?"
INDUSTRY_STRUCTURE = re.compile(
    r"(?:三次产业|产业)结构(?:比例)?"
    r"(?:由(?:(?P<last>上年|去年)|(?P<year>(?:19|20)\d{2})年)的?"
    rf"(?P<a0>{_SHARE_NUM})[:∶：](?P<b0>{_SHARE_NUM})[:∶：](?P<c0>{_SHARE_NUM}))?"
    r"(?:调整为|优化为|变为|为|是|达到)"
    rf"(?P<a>{_SHARE_NUM})[:∶：](?P<b>{_SHARE_NUM})[:∶：](?P<c>{_SHARE_NUM})(?![\d.:∶：])"
)
SECTORS = ("第一产业", "第二产业", "第三产业")
RATIO_CHANGE = re.compile(
    r"[，,]?(?:比上年|较上年|同比)?(?P<dir>缩小|收窄|下降|降低|减少|扩大|提高|上升|增加)"
    r"(?P<num>\d+(?:\.\d+)?)(?![\d.%％‰个倍万亿元])"
)
# The change of a count between it and what is said of it: 比上年增加3个，.
COUNT_CHANGE = re.compile(r"(?:比上年|同比|较上年)?(?:增加|减少|新增|净增|多|少)\d+(?:个|项)[，,]")
# 实施省市重点项目92个，完成投资203.6亿元: the investment is the projects' (and the plan's
# 年度计划投资200亿元 after 实施省市重点项目90个以上 is the same measure's target).
BARE_INVESTMENT = re.compile(r"(?:年度计划|计划|年度)?(?P<measure>总投资|投资)")
PROJECTS_COUNTED = re.compile(
    r"(?:全年|年内|当年)?(?:实施|推进|建设|新开工|开工|续建|谋划|储备|安排)*"
    r"(?P<projects>[\u4e00-\u9fff“”]{0,12}项目)"
    r"\d+(?:个|项)(?:以上|左右)?[，,]"
)

# A share named by its word alone, in the clause after the share is stated (占比提高0.6个
# 百分点, 比重比上年提高1.7个百分点): that share, not a measure named 占比.
SHARE_WORD_ALONE = r"(?:其|所)?(?:占比|比重|所占比重|比例)"
SHARE_ALONE = re.compile(rf"{SHARE_WORD_ALONE}(?:比上年|较上年|同比)?")

# The names of measures a point change is of: rates, shares, ratios.
RATE_NAME = re.compile(r"(?:率|比重|占比|比例|强度|系数)$")

# A measure's unit by the head of its name, for a change with no level (一般性支出压减5%,
# 城镇调查失业率下降0.2个百分点): money, a rate, people; otherwise a count (个).
UNIT_BY_HEAD = (
    (RATE_NAME, "%"),
    (re.compile(f"(?:{'|'.join(MONEY_HEADS)})$"), "元"),
    (re.compile(r"(?:人数|人口)$"), "人"),
    (re.compile(r"人次$"), "人次"),
)

# A money unit right after a class's bound (超过50万元的村): the bound names the class.
MONEY_AFTER = re.compile(r"(?:万|亿)?元")
# A class named by its bound alone (超50万元的村), and the measure a sentence bounds before
# it (村级集体经济收入全部超过10万元), which the class's name leaves out.
BOUND_FIRST = re.compile(r"(?:超过|超|逾|\d)")
MEASURE_BOUNDED = re.compile(
    r"(?P<measure>(?:村级|村)?集体经济(?:经营性)?收入|年?(?:营业|主营业务|销售)收入|年?产值|年?税收)"
    r"(?:全部|均|都)?(?:超过|超|逾|达到|在)"
)

# 新增市场主体3.86万户，总数突破40万户，达到41.2万户: a stock named 总数 alone is the stock
# of the thing the clause before adds to.
STOCK_ALONE = re.compile(r"总(?:数|量|里程|面积|规模|容量|装机)|累计总数")
# 基本养老保险基金收入14.06亿元，增长5.9%，支出13.90亿元: the other side of the fund named
# before.
OTHER_SIDE = {"收入": "支出", "支出": "收入"}
# 一般公共预算收入预算为18.90亿元，实际完成19.55亿元: the actual against the budget named
# before it, and the words that name the budget.
ACTUAL_ALONE = re.compile(r"实际(?:完成|执行|实现)?|完成|执行")
# The budget a completion is of: 预算, 年初预算, 调整预算数.
BUDGET_WORD = r"(?:年初|调整)?预算(?:数)?"
# A money figure as a completion's sentence writes it: 96.85亿元.
_MONEY_DIGITS = r"\d+(?:[.,]\d+)*"
_MONEY_UNIT = r"(?:万亿|亿|万)?元"
BUDGET_TAIL = re.compile(rf"{BUDGET_WORD}$")
# The actual, then the budget inside its completion: 96.85亿元，为调整预算99.27亿元的95.6%.
BUDGET_IN_RATE = re.compile(
    rf"(?P<part>{_MONEY_DIGITS}){_MONEY_UNIT}[，,]为{BUDGET_WORD}"
    rf"(?P<whole>{_MONEY_DIGITS}){_MONEY_UNIT}的\d+(?:\.\d+)?%$"
)
# The actual's words and figure, then its completion's: 实际完成19.55亿元，(为)预算的106.8%.
ACTUAL_THEN_RATE = re.compile(
    rf"(?:实际)?(?:完成|执行|实现)?(?P<figure>{_MONEY_DIGITS}){_MONEY_UNIT}[，,]为?"
    rf"{BUDGET_WORD}的\d+(?:\.\d+)?%"
)

# 粮食播种面积8.65万亩，总产4.12万吨: the output of the crop the clause before names.
OUTPUT_ALONE = re.compile(r"总产量?|单产|产量|亩产")
CROP = re.compile(r"粮食|棉花|油料|蔬菜|水果|茶叶|水产品|肉类|禽蛋|牛奶|小麦|稻谷|玉米|大豆")
# A body above granting a measure to the jurisdiction, before its name (省财政厅核定我市政府
# 债务限额, 财政部下达我省新增债券额度).
GRANTED_TO = re.compile(
    r"^[\u4e00-\u9fff]{1,10}?(?:核定|下达|批准|核准|审定|分配)(?:给)?(?:我|全|本)[省市区县镇乡]"
)
# A second verb joined to an addition's (新建和改造提升高标准农田): no part of the thing.
JOINED_VERBS = re.compile(r"^(?:和|及|与|、)(?:改造提升|提升改造|改造|提升|改建|扩建|续建)")
# 新建5G基站3.2万个，累计达到15.6万个: the stock the clause before adds to, unnamed.
# (累计建成426个, 累计建设…, 累计培育…: the stock built up so.)
CUMULATIVE_ALONE = re.compile(
    r"(?:累计|总数|总量)(?:建成|建设|开通|培育|认定|创建|达到|达|为|突破|超过)?"
)
ADDED_THING = re.compile(
    rf"(?:{FLOW_VERBS})(?P<noun>(?:\d?[A-Z]+)?[\u4e00-\u9fff“”]{{2,12}}?)"
    r"(?=\d|[一二三四五六七八九十两]+[个家户项])"
)

# The count of a list at its end (装备制造、新材料、生物医药三大主导产业), and a measure
# written after 分别 (分别实现产值331.8亿元、224.5亿元) that each name of the list takes.
LIST_COUNT_TAIL = re.compile(r"[一二三四五六七八九十两\d]+(?:大|个|项|类|条)[\u4e00-\u9fff]{0,6}$")
MEASURE_AFTER = re.compile(rf"[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(MONEY_HEADS)}|产量|规模)")

# 全体居民人均可支配收入43260元，其中城镇居民54820元、农村居民27350元: the groups take the
# measure of all residents named before them in the sentence.
RESIDENTS = re.compile(r"(?:城镇|农村|城市|农牧区|牧区)(?:常住)?居民")
RESIDENTS_MEASURE = re.compile(
    r"(?:全体|全市|全省|全区|全县|全镇)?(?:常住)?居民(?P<measure>人均(?:可支配收入|消费支出|生活消费支出))"
)

# An item of a numbered list opens with its ordinal (三是…, 十一是…): not the name's.
# 三是…, ⑩提质改造农村公路: the item's number in a list of tasks, not the name's.
ORDINAL_ITEM = re.compile(r"^(?:[一二三四五六七八九十]+是|[\u2460-\u2473\u3251-\u325f])")

# Classifiers that count kinds of things a list can name (not events or people).
KIND_UNITS = frozenset("个家项条支类级网处所座种批期部台栋幢套间块站点组队")

CLAUSE_END = SENTENCE_END + "，,：:"

# A comma between digits that groups thousands (1,200) ends no clause. One leading class,
# so that re skips straight to a mark; the test after it only bites on a comma.
CLAUSE_RE = re.compile(r"[。；;！？!?\n，：:,](?:(?<!\d,)|(?!\d{3}(?!\d)))")

UNITS = sorted(
    {*COUNT_UNITS, *PERSON_ALIASES, *MEASURE_UNITS, "万元", "亿元", "元", "美元", "%", "％", "‰"}
    - {"大", "类"},
    key=len,
    reverse=True,
)

UNIT_RE = "|".join(re.escape(u) for u in UNITS)

SUM_VERB = re.compile(r"^(?:加上|减去|扣除)")
# A minus sign right before a figure, not a dash between two (1-2月).
MINUS_BEFORE = re.compile(r"(?<![\d.])[-−－]")
# 其中60周岁及以上人口1293万人: a population named by its ages, which the name keeps.
AGE_POPULATION = re.compile(
    rf"(?P<age>{AGE_GROUP.pattern})(?P<rest>[\u4e00-\u9fff]{{0,6}}?(?:人口|老年人))$"
)
AGE_BOUND = re.compile(r"^周?岁(?:及以下|及以上|以下|以上)")
# Works named with the size that bounds them, the whole of a name: 流量5立方米每秒及以上的
# 水闸, 5级及以上江河堤防 (the bound is part of the name, as an age group's is).
SIZED_WORKS = re.compile(
    rf"(?:装机)?(?:流量|容量|规模)?(?:{SIZE_CLASS.pattern})[\u4e00-\u9fff“”]{{2,}}$"
)
AFTER_FIGURE = re.compile(
    rf"^[^\u4e00-\u9fff]*(?:年底的?|年末的?|年初的?|月底|月末|月份|{UNIT_RE}|年度|年|月|日)?"
    r"[^\u4e00-\u9fff“]*"
)

CN = CN_NUMERALS

NUM = rf"\d+(?:,\d{{3}})*(?:\.\d+)?|[{CN}]+(?:点[{CN}]+)?"
# Between a level and its part's figure: ，增长14.7%，其中网上办理 (the level's own change
# may come between).
PART_OF_CLAUSE = re.compile(
    r"[，,](?:[^，,。；;\d]{0,8}\d+(?:\.\d+)?%[，,])?其中[，,]?[^\d，,。；;、]{1,16}"
)
# The count of the items a 合计 sums, said before it: 三项合计, 以上两项合计.
COUNT_BEFORE_TOTAL = re.compile(rf"(?:以上|上述)?[{CN}\d]{{1,2}}(?:项|类|个方面)$")
# A numbered item's mark: （1）, (2), （三）.
ITEM_NUMBER = re.compile(rf"[（(](?P<n>\d{{1,2}}|[{CN}]{{1,3}})[）)]")

# A rank in a ranking (位次) and where it moved from: 由上年居世界第五位上升到第四位,
# 世界排名由第十位上升到第五位, 出口增速排名全国第7位, 位列全省第3位. A rank of the
# report's own measure on a named list, one of the genre's cross-year statements.
RANK_SCOPE = (
    r"(?:世界|全球|全国|全省|全市|全区|全州|全盟|国内|中部|西部|东部|东北|中西部|长江经济带"
    r"|长三角|珠三角|全国同类|全国经开区|全国高新区|全省开发区|全市各区|各区)"
)
_RANK_NUM = rf"(?:\d+|[{CN}]+)"
RANK_FROM_TO = re.compile(
    rf"(?:由|从)(?P<last>上年|去年|上一年)?(?:(?P<year>(?:19|20)\d\d)年)?的?"
    rf"(?:居|位居|位列|排名|排)?(?P<scope0>{RANK_SCOPE})?第(?P<was>{_RANK_NUM})位"
    rf"(?:(?:上升|提升|跃升|攀升|前移|前进|提高|下降|后移|回落|下滑|跌落|升|降)(?:到|至|为)了?|跃居)"
    rf"(?P<scope>{RANK_SCOPE})?第(?P<num>{_RANK_NUM})位"
)
RANK_AT = re.compile(
    r"(?P<verb>稳居|位居|位列|名列|跃居|跃升到|跃升至|上升到|上升至|升至|提升至|提升到|晋升至|保持"
    r"|排名|排位|排在|居)"
    # The list ranked on: 全省, 全区8个街道, 全市县域, 县（市、区）, 中部六省.
    r"(?P<scope>[^，,。；;、：\s第居排位列升降至到为]{0,12}?)"
    rf"第(?P<num>{_RANK_NUM})位"
)
# The words before a rank that name the ranking, not the measure ranked.
RANK_WORDS = re.compile(rf"(?:{RANK_SCOPE})?(?:综合)?(?:排名|排位|位次|名次)$|^(?:{RANK_SCOPE})$")
# A ranking named in the words before: 在科技部国家高新区综合评价中位列第77位 (or in the
# clause before, 在…考核评价中，澜江经开区位列第28位).
_RANKING = r"在(?P<ranking>[^，,。；;在]{2,24}?)中"
RANKING_FRAME = re.compile(rf"{_RANKING}(?:[，,][^，,。；;]{{0,12}})?$")
# A rank's move said after it: 位列第68位，较上年前移9位; 升至第21位，前进7位.
RANK_CHANGE = re.compile(
    r"[，,、]?(?:(?:较|比)(?:(?P<last>上年|去年|上一年)|(?P<year>(?:19|20)\d\d)年)(?:同期)?的?)?"
    # 前移 and 前进 only: 上升3位 may be read either way, by place or by number.
    r"(?:位次|排名|排位)?(?P<dir>前移|前进|后移|后退)了?"
    rf"(?P<num>{_RANK_NUM})个?位(?!数)"
)
RANKING_CLAUSE = re.compile(rf"{_RANKING}[，,]$")
# Words that make the rank after them a ranking's own: 在全省开发区综合考核中位列第3位,
# 营商环境评价排名第5位, 综合发展水平考核位次由….
RANKING_NAMED = re.compile(
    r"(?:评价|考核|考评|评估|评比|测评|指数|排名|排位|位次)(?:结果)?中?"
    r"(?:继续|仍然?|再次|首次|稳定|保持|均)?$"
)
# A growth ranked, named by the clause before: 增长6.1%，增速居全省第5位.
GROWTH_RANKED = re.compile(r"^(?:增速|增幅|增长速度|增长率)$")
# The list said before the ranking's word: 世界排名由第十位….
RANK_SCOPE_BEFORE = re.compile(rf"{RANK_SCOPE}(?=(?:综合)?(?:排名|排位|位次|名次)$)")
# An average's word after a measure's name: 进出口总额年均增长12.2%，从世界第三位….
AVERAGE_TAIL = re.compile(r"(?:年均|平均|年平均)$")
# Words before a rank that are no measure: 继续位列第3位, 仍居全国第2位.
NO_MEASURE = re.compile(
    rf"(?:继续|仍然?|始终|稳定|保持|再次|首次|均|分别|连续[\d{CN}]+年|总体|整体)+$"
)

# Names of people counted, whose unit a report may leave unsaid after 万 (入境游客111万).
UNSAID_TAIL = re.compile(
    r"(?:比上年|同比|较上年|比去年)?(?:分别)?(?:增加|减少|新增|净增|达到|达|为)$"
)
UNSAID_PEOPLE = re.compile(r"(?:游客|旅客|人次)$|(?:人口|人数|劳动力|职工|学生|居民)$")

# A stated quantity: qualifier, number, scale word, 余/多, unit, 以上/左右.
QUANTITY = re.compile(
    # Never inside a run of digits: each number is tried once from its first digit, so a
    # long run costs one pass, not one pass per digit.
    # Nor inside a word: 统一大市场, 唯一, 同一, 之一, 逐一; 零部件.
    # Nor after a digit and a space or line break: 81 930元 (digits grouped by spaces) and
    # 1\n286.5亿元 (a figure broken by a line the text keeps; a wrapped sentence's break is
    # dropped before, see draft._unwrapped) are left unexplained, never read as 930元; so is
    # a figure split by an invisible character, a middle dot or a full-width comma
    # (3\u200b850.1, 3850·1, 5，234户).
    rf"(?<![\d.,{CN}统唯同之逐\u200b\u00ad\ufeff\u2060·])(?<![\d.．]\s)(?<!\d，)(?!零部)"
    rf"(?=[\d{CN}首超突逾近约不至])"
    # 不超过3% is a ceiling: read whole, never as 超过 with a stray 不 before it.
    # 节约281万元, 签约12个: 约 ends a word there, no "about".
    r"(?P<pre>首次超过|首次突破|不超过|不高于|不多于|不低于|不少于|至少|超过|突破|超|逾|近"
    r"|(?<![节制集签预公契履违特邀合相简婚盟])约|不足|不到)?"
    rf"(?P<num>百分之[{CN}]+(?:点[{CN}]+)?|{NUM})"
    rf"(?P<scale>万亿|亿|万|千)?(?P<mid>余|多)?"
    rf"(?P<unit>{UNIT_RE}|大|类|成|(?<=百分之[{CN}])|(?<=百分之[{CN}]{{2}})|(?<=点[{CN}])"
    # 入境游客111万、增长115.6%: people counted in 万 with the unit left unsaid.
    r"|(?<=\d[万亿])(?=[、，,。；;和）)]|$)|(?<=\d[万亿][余多])(?=[、，,。；;和）)]|$))"
    # 1.8个百分点 is a change in points, never a count of 个; nor is 2.2个 of 分别高于全省
    # 2.2个和3.7个百分点, the points word said once for the list.
    # 提高0.16个千分点 (of a birth rate in ‰) likewise.
    r"(?![百千]分点)(?!(?:[、和及与至到]\d+(?:[.．]\d+)?个)*[、和及与至到]\d+(?:[.．]\d+)?个[百千]分点)"
    rf"(?P<post>以上|以下|以内|左右)?"
)

# Where a QUANTITY may begin: the first of a run of digits or numerals, or a word of its
# bound. A run's first character is the only one its look-behind lets through.
QUANTITY_START = re.compile(rf"[\d{CN}]+|[首超突逾近约不至]")

DIRECTION = "|".join((*INCREASE, *DECREASE))
# A growth rate's own directions, said of its points only (增速加快0.7个百分点).
RATE_DIRECTION = "加快|放缓|减缓"

# A name that is only a direction word (增加 of 较2020年增加41天): no name at all.
DIRECTION_ONLY = re.compile(rf"(?:{DIRECTION}|多|少|增|减)")

# Words after a figure that are no noun: its change, a link, a share or a qualifier.
NO_NOUN = re.compile(rf"(?:{DIRECTION}|{LINKS}|比|较|同比|占|相当|分别|左右|以上|以下|以内|多|余)")

CONTEXT = "|".join(CHANGE_CONTEXT)

# A change stated right after the second of two levels: 由12.8%提高到14.3%，提高1.7个百分点.
OWN_CHANGE = re.compile(rf"[，,、]?(?:{DIRECTION})了?\d")

# 比上年增加2787亿元, and 增产3877万吨 or 增加5232亿元 opening its clause right after a level
# (the year before understood).
# 比上年预算减少50亿元, 比去年预算赤字减少500亿元: against last year's plan.
# 比2020年增加36天: against the year named.
# 参保人数增加7359万, 粮食又增产1454万吨: a measure's name and the verb, no context.
# 比上年预计数增加439亿元: against last year's estimate, as budgets write it.
# 比上年多建16所, 比上年少动用2.4亿元: an amount of change, more or less of what the verb
# does than last year.
MORE_OR_LESS = re.compile(rf"(?:{CONTEXT}|较|比)(?P<word>[多少])[\u4e00-\u9fff]{{1,2}}$")
AMOUNT_BEFORE = re.compile(
    # 比上年末新增2.6万个: against a named base, 新增 is the net change like 增加.
    rf"(?:{CONTEXT}|较|比|(?:比|较)\d{{4}}年)(?:分别)?(?:预算赤字|预算|计划|预计执行数|执行数|预计数)?"
    # 粮食总产量571.8万吨，比上年增产8.6万吨: output's amount of change.
    rf"(?:{DIRECTION}|多|少|新增|净增|增产|减产)$"
    # 分别增加10.1亿元和2.3亿元: amounts of a list of levels, one each.
    # (播种面积8.71万亩、增加0.06万亩: right after the level and 、 as well.)
    rf"|(?:^|{MEASURE_END}|[又再]|分别|\d[^\d、，,]{{0,4}}[、，,])(?:增产|减产|增加|减少)$"
    # 最低收购价平均每斤分别提高0.11元和0.13元: amounts raised, one for each measure.
    rf"|分别(?:提高|降低)$"
    # 城市低保标准提高到每人每月810元，提高30元: a clause of the amount raised alone.
    rf"|^(?:提高|降低)$"
    # 同比增长8.6%，同比增收316.5亿元: revenue's amount of change.
    rf"|(?:{CONTEXT})?(?:增收|减收)$"
    # 规模以上工业企业达到142家，净增11家: a net change, the difference of the two levels
    # (新增 is the entries alone, never the difference).
    # (达到101家、净增21家: after the level and 、 as well.)
    rf"|(?:^|{CONTEXT}|[、，,])净(?:增加|减少|增|减)$"
    # 城镇新增就业2.35万人，比上年多增0.14万人: a flow's change, more by the amount.
    rf"|(?:{CONTEXT})多增$"
)

# What a measure is counted per, at the end of a list's head (小麦、稻谷最低收购价平均每斤,
# 企业退休人员养老金人均每月): the unit's, not the measure's name.
PER_UNIT_TAIL = re.compile(
    r"(?:人均|户均|平均)?每(?:\d+)?(?:斤|公斤|千克|吨|亩|人|户|元)?(?:每)?(?:月|年)?$"
)

# The words of a change that end a clause's head (城镇化率提升0.9个百分点、达62.1%) or
# a name before its amount (农村贫困人口比上年减少290万): not part of the name.
CHANGE_TAIL = re.compile(
    rf"(?:{CONTEXT}|(?:比|较)\d{{4}}年)?(?:预算赤字|预算|计划|预计执行数|执行数|预计数)?(?:实际)?"
    rf"(?:又|再)?(?:{DIRECTION}|增产|减产)$"
)

# A stated change: 同比下降45%, 比上年提高2.3个百分点, 较2017—2018年创建前增长516%, 增长1.2倍.
CHANGE = re.compile(
    # 提高了16.8个百分点: 了 after the direction word.
    # 增速比上年加快0.7个百分点: a growth rate quickens or slows, in points only.
    rf"(?P<dir>{DIRECTION}|(?:{RATE_DIRECTION})(?=\d+(?:\.\d+)?个百分点))了?(?P<pre>不超过|超过|超|近|逾)?"
    rf"(?P<num>\d+(?:\.\d+)?(?=%|％|个[百千]分点|倍)|[一二两三四五六七八九](?=成)|[一二两三四五六七八九十](?=倍)"
    # 增长百分之九点一: the percent written in words, its unit in them.
    rf"|百分之[{CN}]+(?:点[{CN}]+)?)"
    rf"(?P<unit>%|％|个百分点|个千分点|倍|成|(?<=[{CN}]))(?P<post>以上|左右|(?<=[倍成])多)?"
)

# The figure of a change right after its direction word: 超过50%, 2.3个百分点, 1.2倍.
CHANGE_FIGURE = re.compile(
    rf"(?:不超过|超过|超|近|逾)?(?:[\d.,．]+\s*(?:%|％|个百分点|倍)|百分之[{CN}]+(?:点[{CN}]+)?)"
)

# A doubling against a named year or the year before: 较2020年翻两番, 比上年翻一番,
# 比2010年实现翻番. Without such words (到2035年翻一番) it is a goal or unanchored.
DOUBLING = re.compile(
    rf"(?:(?P<ctx>{CONTEXT})|[比较](?P<year>\d{{4}})年)"
    r"(?P<stated>(?:实现)?翻了?(?P<num>[一两二三四])?番(?:以上|多)?)"
)

# A point change right after a growth, of the growth rate: (增长5.6%)，增速比上年回落0.2个
# 百分点, ，比上年同期回落0.3个百分点, ，增幅提高1.2个百分点, (上涨1.1%)，涨幅比上年回落….
POINTS_AFTER_GROWTH = re.compile(
    rf"[，,](?:增速|增幅|涨幅|增长速度)?(?:{CONTEXT})?(?:{DIRECTION}|{RATE_DIRECTION})\d+(?:\.\d+)?个百分点"
)

# What may stand right before the direction word: 年均, 同比, 比上年, 较2017—2018年创建前,
# 比2023年, 分别; read backwards from the direction word within its clause.
CHANGE_CONTEXT_RE = re.compile(
    rf"(?P<avg>年均)?(?:(?P<ctx>{CONTEXT})(?:决算数|预计执行数|执行数|预计数)?|较(?P<base>\d{{4}}\s*[—–-]\s*\d{{4}}年[^，,。；;\d]{{0,8}}?)"
    rf"|比(?P<year>\d{{4}})年|较(?P<year2>\d{{4}})年)?(?P<resp>分别)?(?P<ctx2>同比)?$"
)

# A list of rates, each to one of the figures or names before it: 分别增长9.6%和6.2%,
# 分别比上年实际增长10.4%和7.4%, and (分别 understood) 实际增长8.4%和8%.
# The direction word right before an item of a list of rates.
DIRECTION_AT_END = re.compile(rf"(?:{DIRECTION})$")
# 分别增长9.3%、14.0%、下降3.6%、增长17.6%: a later item may say its own direction.
RATES = (
    r"[-−]?\d+(?:\.\d+)?%"
    rf"(?:(?:[、和及与,，]|，?和)(?:{DIRECTION})?[-−]?\d+(?:\.\d+)?%)+"
)
# Every match starts with one of these characters: tested first, so that the alternatives
# are not tried at each character of the text.
_RESPECTIVELY_FIRST = "".join(sorted({w[0] for w in (*CHANGE_CONTEXT, *INCREASE, *DECREASE)}))
RESPECTIVELY = re.compile(
    rf"(?=[分实{_RESPECTIVELY_FIRST}])"
    # 分别比2016年末增长62.4%和85.1%: against the year named.
    rf"(?:分别(?:{CONTEXT}|[比较](?P<ryear>\d{{4}})年(?:末|底)?)?(?:实际)?(?P<dir>{DIRECTION})?"
    rf"(?P<list>{RATES})"
    rf"|(?:{CONTEXT})(?:实际)?分别(?:实际)?(?P<dir2>{DIRECTION})?(?P<list2>{RATES})"
    rf"|(?<![年均])(?:{CONTEXT})?实际(?P<dir3>{DIRECTION})(?P<list3>[-−]?\d+(?:\.\d+)?%(?:[、和][-−]?\d+(?:\.\d+)?%)+)"
    # 分别为774亿元、536亿元和123亿元，比上年增长29.2%、39.4%和23.9%: 分别 understood,
    # taken only after a list of as many figures (see _respectively).
    # …分别达到47380元、24790元，增长4.8%、7.1%: the context may go unsaid after a comma.
    rf"|(?<![年均])(?:(?:{CONTEXT})|(?<=[，,]))(?P<dir4>{DIRECTION})(?P<list4>{RATES}))"
)
# The word that makes a count's name a ratio's (优良天数 → 优良天数比率).
RATIO_SUFFIX = re.compile(r"(?:比率|比例|率)$")
# A change against a level of a named year written into it: 达到672.3亿元，比2022年的641.8
# 亿元增长4.8% (the words before the earlier level, then the change after it); 比上年同期的
# 860万美元增长18.6% of a part of the year.
AGAINST_NAMED = re.compile(
    # 由上年的362.8亿元增加38.7亿元: from last year's level, by an amount (the amount pass
    # takes 由上年的…增加到… as a from-to, never here).
    r"(?:比|较|由)(?:(?P<year>\d{4})年|上年|去年)(?:末|底|同期)?(?:实际完成数|完成数|实际数|决算数)?的?$"
    # 是2022年全年6950人次的3.6倍: the earlier level inside a multiple.
    r"|是(?P<times>\d{4})年(?:全年)?的?$"
    # 总量是2020年末（3702家）的1.6倍: that year's stock, in brackets.
    r"|^(?:总量|总数|规模)?是(?P<stock>\d{4})年(?:末|底)[（(]$"
)
# … or an amount of change in the level's unit: 比上年末的118.46亿元增加21.30亿元.
AMOUNT_AFTER_NAMED = re.compile(
    r"(?P<dir>增加|减少|新增|净增|净减)(?P<num>\d+(?:\.\d+)?)"
    # 比上年末的52.6万亩增加4.5万亩: the scale before a unit that takes none of its own.
    rf"(?P<unit>(?:万亿|亿|万)?元|(?:万|亿)?(?:{UNIT_RE}))"
)
# … and the multiple after the earlier level: 的3.6倍, ）的1.6倍.
TIMES_AFTER_NAMED = re.compile(r"[）)]?的(?P<num>\d+(?:\.\d+)?)倍")
# … and what may stand between the level and it: 241.7亿元，增长18.7%，比2021年的….
LEVEL_THEN_NAMED = re.compile(
    rf"[，,]?(?:[、，,]?(?:{CONTEXT})?(?:{DIRECTION})\d+(?:\.\d+)?[%％][，,])?"
)
CHANGE_AFTER_NAMED = re.compile(
    rf"[，,]?(?:相比)?[，,]?(?P<dir>{DIRECTION})(?P<num>\d+(?:\.\d+)?)(?P<unit>%|％|倍|个百分点)"
    # 较2019年的102.36亿元增长八成以上: tenths, in numerals, with their bound.
    rf"|[，,]?(?P<dir2>{DIRECTION})(?P<tenths>[一二三四五六七八九])成(?P<post>以上|左右|多)?"
)
# A list of point changes with the points word said once: 分别提高1.2个和1.5个百分点.
POINTS_LIST = re.compile(
    rf"分别(?:{CONTEXT})?(?P<dir>{DIRECTION})"
    r"(?P<list>\d+(?:\.\d+)?个?(?:[、和及与]\d+(?:\.\d+)?个?)*[、和及与]\d+(?:\.\d+)?个百分点)"
)
# Words that name two measures at once, each with its own figure after 分别:
# 城乡低保标准分别增长7%和9%, 城乡居民人均可支配收入分别增长4.5%和6.3%, 进出口分别增长….
PAIRED_PREFIXES = (
    ("城乡居民", ("城镇居民", "农村居民")),
    ("城乡", ("城市", "农村")),
    ("进出口", ("进口", "出口")),
)

# Between a whole and its 其中: a comma, or its change (，同比增长9.2%，).
PARTS_TIE = re.compile(
    r"[，,]?(?:(?:比上年|同比|较上年|比去年)?(?:增长|下降|增加|减少)\d+(?:\.\d+)?%[，,])?"
    # 签约项目68个，总投资412.6亿元，其中工业项目47个: the projects' investment between.
    r"(?:(?:协议|计划)?总投资\d+(?:\.\d+)?(?:万|亿)元[，,])?"
)

# A rate named as a growth rate (制造业技改投资增速23.9%, 增幅为5.2%): a change, not a level;
# unless compared (增速高于全国, 增速比上年回落) or ranked (增速居全国第6位).
GROWTH_RATE_NAME = re.compile(r"(?:增速|增幅|增长率|增长速度)(?:为|达到|达|是)?[-−]?$")
GROWTH_RATE_NOT = re.compile(
    r"高于|低于|快于|慢于|比|较|居|排|回落|提高|加快|放缓|平均|年均|目标|自然|复合|预期|计划"
)

# The additions right after a stock: 达到51家，新增4家 (当年新增, 比上年新增).
# (…达到8,115公里，新增通车253公里: the additions' verb after 新增.)
ADDED_AFTER = re.compile(
    r"(?:全年|今年|当年|其中|比上年|较上年)?新增(?:通车|建成|开通|投运|投用|登记|认定)?"
)
# A thing named before its additions, in a clause of its own: 5G基站新增3.8万个.
NAME_THEN_FLOW = re.compile(r"(?P<name>[^，,。；;、\n]{2,16}?)(?P<verb>新增)")

# Scope words written alone before the item that carries the measure: 城镇、农村居民人均
# 可支配收入分别…; 城镇和农村居民….
SCOPE_WORDS = frozenset(
    {
        "城镇",
        "农村",
        "城市",
        "乡村",
        "城镇居民",
        "农村居民",
        "城市居民",
        "境内",
        "境外",
        "国内",
        "国外",
    }
    | {"省内", "省外", "市内", "市外", "进口", "出口", "一般贸易", "加工贸易"}
)

# Where a list of rates may start without 分别: 增长29.2%、39.4%.
RATE_LIST_MARK = re.compile(rf"(?:{DIRECTION})[-−]?\d+(?:\.\d+)?%(?:[、和及与]|，[-−]?\d)")

# A look back at the year reviewed from inside the plan part (过去一年，…), and the
# sentence that turns to the plan's year again.
LOOK_BACK = re.compile(r"(?:^|(?<=[。！？\n]))[ \t\u3000]*(?:过去一年|去年|上一年)[，,]", re.M)
LOOK_AHEAD = re.compile(r"[。！？](?:今年|明年|\d{4}年|下一步)")

# A figure against a benchmark of the same period: 高于全国1.9个百分点, 超国家考核目标14.8个
# 百分点; the compared figure is the last percent before it, in its clause or (when the
# clause holds only 增速 or nothing) the clause before.
GAP = re.compile(
    r"(?P<word>高于|低于|快于|慢于|超过|超出|优于|超)"
    r"(?P<bench>(?:全国|全省|全市|全区|全县|国家)[^，,。；;、\d]{0,10}?)"
    r"(?P<num>\d+(?:\.\d+)?)个百分点"
)
GAP_LEAD = re.compile(r"(?:增速|增幅|分别|均)?")
# Gaps of a list of measures, the points word said once: 分别高于全省2.2个和3.7个百分点.
GAP_LIST = re.compile(
    r"分别(?P<word>高于|低于|快于|慢于|超过|超出|优于)"
    r"(?P<bench>(?:全国|全省|全市|全区|全县|国家)[^，,。；;、\d]{0,10}?)"
    r"(?P<list>\d+(?:\.\d+)?个?(?:[、和及与]\d+(?:\.\d+)?个?)*[、和及与]\d+(?:\.\d+)?个百分点)"
)
PERCENT_FIGURE = re.compile(r"\d+(?:[.．]\d+)?[%％]")

SHI_BEI = re.compile(
    r"(?:是|达到|相当于)(?:(?P<year>\d{4})年(?:底|末)?|(?P<last>上年|去年)(?:底|末)?)(?:同期)?的"
    r"(?P<num>\d+(?:\.\d+)?)倍"
)

# The name of a share that is bounded by 100% though no figure gives its part or whole.
NAMED_SHARE = re.compile(r"比例|占比|比重")

# A rate named by its part and whole with no 比重 (新能源装机占电力总装机57.6%).
SHARE_NAME = re.compile(r"(?P<part>[^占]{2,}?)占(?P<whole>[^占的]{2,})的?")
# The revenue or spending of one of the four budgets, whose balance a 加上… sentence sums.
BUDGET_TOTAL = re.compile(
    r"(?:一般公共预算|政府性基金(?:预算)?|国有资本经营(?:预算)?|社会保险基金(?:预算)?)(?:收入|支出)$"
)
# A class bounded by a figure, written before the part's own (35岁以下18名, 亿元以上项目52个).
CLASS_BOUND = re.compile(r"以上|以下")
# Words of a change in a clause: its figure is a flow of the stock, no member of it.
CHANGE_IN_CLAUSE = re.compile(
    r"新建|新增(?!值)|新设|新成立|撤并|撤销|注销|合并|净增|净减|减少|增加(?!值)"
)
# A stock's total, never one of a 其中's parts (市场主体总数, 累计建成).
STOCK_NAME = re.compile(r"总数|总量|累计")
# An amount of money that ends a phrase (调整预算50.76亿元).
AMOUNT_AT_END = re.compile(rf"{MONEY_FIGURE}$")
# A whole measured in money or output, of which no count of things is a part.
AMOUNT_MEASURE = re.compile(
    r"(?:增加值|总值|产值|收入|支出|投资|总额|额|利润|税收|产量|贷款|存款|营收|消费)$"
)
# A whole that is a plan or a budget: a share of it may pass 100% (占年度计划的112%).
# The whole a 其中 part's share is of, when named only as the total: 占比, 占总数的, 占新增
# 总量的 (the words before 总数 must be in the whole's name).
TOTAL_OF_PARTS = re.compile(r"比|(?P<said>[^\d，,。；;]{0,4}?)(?:总数|总量|总额|总和)")
# A figure of a list before this one in its clause: 示范区36个、基地14个 (the second).
AFTER_AN_ITEM = re.compile(r"\d[^\d，,。；;、]{0,3}[、和]")
# 社区工作者队伍达到436名: the corps counted in people is its members, 社区工作者, as the
# other year's report names them; a name this long at least once 队伍 is off.
CORPS = 5
PEOPLE = frozenset({"人", "名", "位", "万人"})
# 其中税收收入95.3亿元，占79.1%: a share with no whole said, of the whole the 其中 lists.
BARE_SHARE = re.compile(r"占(?:比)?(?:为|达到|达)?")
# 全县212个行政村中，: the things counted, among which the next clause counts some.
COUNTED_AMONG = re.compile(r"[\u4e00-\u9fff]{1,12}中[，,]")
# The last kind of a list before the class it is of: (教育、…、)卫生健康等(民生支出); not
# 等级, 等待 or 同等, which are words.
KINDS_BEFORE_CLASS = re.compile(r"^[^等]{1,12}?等(?![级待次同效量])(?=[\u4e00-\u9fff]{2})")
# Heads a communiqué says of a kind of school named before them: 普通高中68所，在校生12.43
# 万人 (the 在校生 of 普通高中); 普通高中招生4.2万人，在校生12.4万人 alike.
SCHOOL_HEADS = ("在校生", "毕业生", "招生", "专任教师", "在园幼儿", "教职工")
SCHOOL_KIND = re.compile(r"(?:学校|高中|初中|小学|幼儿园|大学|学院|院校|教育|中职|高职|本专科)$")
# A clause that opens by naming the whole its figures are among: 地方一般公共预算收入中，.
AMONG_NAMED = re.compile(r"[\u4e00-\u9fff]{2,16}中[，,]")
PLANNED_WHOLE = re.compile(r"计划|目标|任务|预算(?:数)?$")

SHARE_OF = re.compile(
    rf"{SHARE_WORD}(?P<whole>[^，,。；;\d%（(]{{1,14}}?)(?:之比|的)?(?:比重|比例)?"
    # 占常住人口比重（常住人口城镇化率）为61.44%: the share's other name, in brackets.
    r"(?:[（(](?P<alias>[^（）()\d，,。；;]{2,16})[)）])?"
    # 占规模以上工业增加值比重提高到56.2%: the verb of the level reached is no part of it.
    r"(?:为|达到|达|提高到|提高至|提升到|提升至|上升到|上升至|升至|降至|下降到|下降至|稳定在|保持在)?"
    r"(?P<num>\d+(?:\.\d+)?)%"
)

TARGET = re.compile(
    r"完成(?P<name>[^，,。；;\d]{0,10}?)(?P<target>\d+(?:\.\d+)?)(?P<unit>万元|亿元|元)的(?P<num>\d+(?:\.\d+)?)%"
)

THRESHOLD = re.compile(
    r"(?P<word>首次超过|首次突破|突破|超过)(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九]?[百千万])"
    r"(?P<unit>万亿元|万元|亿元|元|万|亿)"
)

# The words a bound is written with (突破8000公里) …
BOUND_WORDS = ("首次超过", "首次突破", "超过", "突破")
# … and what may stand between it and the level that follows it: 突破8000公里、达8184公里,
# 首次突破2万亿元，达到2.1万亿元, 突破5万元关口、达到5.2万元.
# In brackets after a figure, words that give the earlier year's: （上年为1252户）,
# （上年同期3862件）, （2023年数据经核实为1252户）.
BRACKET_PRIOR = re.compile(r"上年|去年|上年同期|(?P<year>(?:19|20)\d{2})年")
# A bracket's words that end in a change: its figure is the change, not last year's level.
CHANGE_WORD_END = re.compile(rf"(?:{DIRECTION}|多|少)了?$")
# The words of a bracket of last year's that name no measure: 全县, 数据, 经…普查修订为.
PRIOR_NOISE = re.compile(
    r"全县|全镇|全乡|全区|全市|全省|全国|同期|数据|的|为|"
    r"(?:经|根据|依据|按照?)[^，,。；;\d]{0,20}?(?:普查|核实|核算|决算)(?:结果)?|"
    r"(?:修订|调整|核实|核定|修正)(?:后)?为?|[：:，,\s]"
)
# Between a level and a bracket or note of last year's: only its change (，同比增长4.1%).
CHANGE_ONLY = re.compile(
    r"[，,]?\s*(?:比上年|同比|较上年)?(?:增长|下降|增加|减少|提高|降低)\s*\d+(?:\.\d+)?\s*[%％]?"
)
# A clause after a level's change that gives last year's level: ，上年同期为20.31亿元.
PRIOR_CLAUSE = re.compile(r"(?:上年|去年)(?:同期)?(?:为|是)?")
# A sentence that gives last year's figure as revised: 上年数据已根据决算结果修订为…,
# （注：上年数经核实调整为…）.
PRIOR_NOTE = re.compile(
    r"\s*(?:（?注[：:]\s*)?(?:上年|去年)(?:同期)?(?:数据|数)?[^。；;\d]{0,20}?"
    r"(?:修订|调整|核实|核定)(?:后)?(?:为|至)"
)
# …401.5亿元，由上年的362.8亿元增加38.7亿元，增长10.7%，首次突破400亿元: the level's
# changes may stand between it and its bound.
LEVEL_THEN_BOUND = re.compile(rf"(?:{_CHANGE_CLAUSE})*[，,、]?(?:并|已|实现|均)?")
BOUND_THEN_LEVEL = re.compile(r"(?:大关|关口|新?台阶)?[、，,]?(?:并|实际)?(?:达到|达|为)")

YEARLY = re.compile(r"年均(?P<dir>增长|下降)(?P<num>\d+(?:\.\d+)?)%")

PLAN_LENGTH = 5  # years of a five-year plan
PLAN_YEARS = {"十一五": 2005, "十二五": 2010, "十三五": 2015, "十四五": 2020, "十五五": 2025}
# Spans of the review that date their start: 三年累计, 五年来 (not a bare 三年, which may be
# a streak: 连续三年), and a plan's period (十一五以来, 十一五期间).
COUNTED_SPAN = re.compile(r"(?P<n>[两三四五六七八九十]|\d)年(?:累计|来|间|中)")
PLAN_SPAN = re.compile(r"(十[一二三四五]五)(?:时期|期间|以来)")
# In the plan part, the years a target is set over: 今后三年, 用三年时间, 三年内, 五年淘汰…,
# “十一五”期间; or the one year 今年, 明年, 年内, 年度 (the nearest before the figure
# governs: “十一五”期间，关停5000万千瓦…，今年要关停1000万千瓦). 十一五末 and 到2030年 date
# a level at the end, which TARGET_BY_YEAR reads.
TARGET_SPAN = re.compile(
    r"(?<![\d年])(?:今后|未来|再用|用)?(?P<n>[两二三四五]|\d)年(?:内|时间|间|里)?"
    # Not a programme's name (三年行动 may end this year), nor 3年级, 5年底, 五年来.
    r"(?![\d级底末度前后来初行攻计])"
    r"|(?P<plan>十[一二三四五]五)”?(?:期间|时期)"
    r"|(?P<one>今年|明年|年内|当年|本年|年度)"
)

SPAN = re.compile(
    # Every span starts with one of these: tested first, not each alternative at each place.
    r"(?=[\d元一二三四五六七八九十年上下前后第截到至今自春国清端中“五暑寒旅黄冰])"
    r"(?P<span>(?:\d{1,2}|元|[一二三四五六七八九十]{1,2})月?\s*[-—–~～〜至到]\s*"
    r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"|年初至\d{1,2}月|年初至今|年初以来|自\d{1,2}月(?:份)?(?:起|以来)|[前后][一二两三]个?季度"
    r"|上半年|下半年|前三季度|[一1]\s*[-—–~～〜至]\s*[二三2-3]季度"
    # 春节假期, 国庆黄金周, “五一”假期, 暑期, 旅游旺季: a few days or weeks of the year.
    r"|(?:春节|国庆|元旦|清明|端午|中秋|“五一”|五一)(?:假期|期间|黄金周|小长假)|暑期|寒假|旅游旺季"
    r"|黄金周|冰雪季"
    r"|第?[一二三四]季度(?:末|单季)?"
    # 12月份，…; 11月当月: one month. Not 12月末 (the year's end) nor a date (3月5日).
    r"|(?<![\d年至到—–-])(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月(?:份|当月)(?!\d)"
    r"|(?<![\d年至到—–-])(?:[1-9]|1[0-2])月(?=[，,])"
    # 9月末，存款余额…: a stock at a month's end that is not the year's.
    r"|(?<![\d年至到—–-])(?:[1-9]|1[01])月(?:末|底)"
    # 前11个月, 截至11月末, 截至12月中旬: part of the year all the same.
    r"|前(?:\d{1,2}|[一二三四五六七八九十]{1,2})个?月|截[至止]\d{1,2}月(?:末|底|[上中下]旬|\d{1,2}日)?"
    # 到11月底，完成…: the year so far, as a year-end summary dates it.
    r"|(?<![增长加提升降达扩缩])[到至]\d{1,2}月(?:末|底|[上中下]旬)"
    # 截至目前, 今年以来 in a year-end summary: the year so far, not the whole year.
    r"|截[至止]目前|截[至止]当前|截[至止]发稿|今年以来)"
)
# A heading's mark and its level: 一、 > （一） > 1. > （1）. A heading that names a part of
# the year (（一）1—11月主要指标完成情况) governs the figures under it, down to the next
# heading of its level or above.
HEADING_MARK = re.compile(
    r"\s*(?:(?P<l1>[一二三四五六七八九十]+、)|(?P<l2>[（(][一二三四五六七八九十]+[)）])"
    r"|(?P<l3>\d{1,2}[.、．](?!\d))|(?P<l4>[（(]\d{1,2}[)）]))"
)
# A paragraph whose opening words are a part of the year (1—11月，全区经济运行总体平稳。)
# carries it to the paragraph's later sentences.
LEAD_SPAN_WITHIN = 10
LEAD_SPAN_MARK = "（据段首）"
# The longest line read as a heading.
HEADING_MAX = 40
# A sentence of its own year or of the whole year is not governed by a span before it.
WHOLE_YEAR = re.compile(r"全年|年末|年底|(?:19|20)\d{2}\s*年")

# A page footer on a line of its own (第1页, - 3 -, 3/12): dropped with its breaks when it
# falls inside a wrapped sentence or figure (12.0⏎第1页⏎6亿元 is 12.06亿元).
PAGE_FOOTER = re.compile(
    r"\s*(?:第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?|[-—]\s*\d+\s*[-—]|\d+\s*/\s*\d+)\s*"
)
# A line that wraps a sentence (text copied from a PDF) never ends with a heading's words
# (工作回顾, 明年工作思路).
WRAP_HEADING_WORDS = re.compile(
    r"(?:回顾|工作|情况|思路|打算|安排|目标|任务|总结|报告|建议|措施|要求|成效|举措|重点|计划)$"
)

# An estimate said in brackets after a figure (2.45%（预计）), or in a note over the
# figures before it (（以上数据均为预计数）).
# The words that make figures estimates or first releases.
# 初步测算, 经测算, 初步匡算, 据估算, （未经决算）: an estimate all the same.
_ESTIMATE_WORDS = "预计|预估|初步统计|快报|测算|匡算|估算|未经决算"
ESTIMATE_MARK = re.compile(rf"[（(](?:{_ESTIMATE_WORDS}|初步核算)[^）)]{{0,3}}[）)]")
# Words before a figure, in its sentence, that make it an estimate or a first release:
# 预计全年…, 据初步统计，…, 初步核算，…
PRELIMINARY = re.compile(rf"预\s?计|{_ESTIMATE_WORDS}|初步核算")
# A note that the report's figures are estimates or first releases (注：报告中2023年经济
# 数据为预计数; 文中数据为初步统计数): every actual of the report, not only a paragraph's.
REPORT_ESTIMATE_NOTE = re.compile(
    r"(?:本报告|报告中|报告|文中)[^。\n]{0,16}?(?:数据|指标|数字)(?:均|全部)?(?:为|系|是)"
    rf"(?:{_ESTIMATE_WORDS})"
)
_ESTIMATE_NOTE_TAIL = rf"以上(?:数据|指标|数字)?(?:均|全部)?(?:为|系|是)(?:{_ESTIMATE_WORDS})"
# Spelled out by its openings, each a literal, so that re skips to them.
ESTIMATE_NOTE = re.compile(
    rf"（(?:注[：:])?{_ESTIMATE_NOTE_TAIL}|\((?:注[：:])?{_ESTIMATE_NOTE_TAIL}"
    rf"|注[：:]{_ESTIMATE_NOTE_TAIL}|{_ESTIMATE_NOTE_TAIL}"
)

SCOPE = re.compile(
    r"[（(](?P<scope>不含[^）)]{1,10}|含[^）)]{1,10}|剔除[^）)]{1,10}|同口径)[)）]|(?P<scope2>同口径|非房产)"
)

# Numbers that are not quantities, by their surroundings: one pass, the first
# alternative that matches at a place wins, so a date is a date before its year is.

SET_ASIDE = re.compile(
    # Tried only where a run of digits or numerals starts (see QUANTITY).
    rf"(?<![\d{CN}])(?=[\d{CN}A-Z第新为])(?:"
    r"(?P<date>\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}"
    r"|\d{1,2}\s*[-—–~至]\s*\d{1,2}月(?:份)?|(?<![\d个])\d{1,2}月\d{1,2}日"
    r"|(?<![\d个])\d{1,2}月(?:份|底|末|起)?(?!\d))"
    r"|(?P<year>\d{4}\s*[—–-]\s*\d{4}|(?<!\d)(?:19|20)\d{2}(?=年|年度|》|”))"
    rf"|(?P<plan>十[一二三四五六七八九]五|(?<=[“\"])[{CN}]五(?=[”\"]))"
    r"|(?P<id>PM2\.5|PM10|[A-Z]{1,2}-?\d+(?:[、,]\d{2,})*|\d+-\d+(?=[^\d%。；]{0,12}地块)|(?<=、)0\d+|(?<=[^\d],)0\d+"
    # 5G基站, 3D打印, PM2.5: names of a technology or a measure, not quantities.
    r"|[2-6]G(?![A-Za-z\d])|3D(?![A-Za-z\d]))"
    r"|(?P<version>(?<=[\u4e00-\u9fffA-Za-z])\d+\.\d+(?=[”\"]))"
    # 3岁以下婴幼儿, 60周岁以上: an age that defines a group; never a decimal (人均预期寿命
    # 79.3岁) nor an age that is the level of a measure (寿命达到79岁, 提高0.2岁).
    r"|(?P<definition>(?<![\d.])(?<!寿命)(?<!寿命达到)(?<!寿命达)(?<!寿命为)(?<!年龄)(?<!提高)"
    r"(?<!延长)(?<!增加)\d+周?岁(?:以下|以上)?"
    # A class, not an amount: 4000吨级起重机, 千亿级产业, 万亿级产业集群.
    rf"|[\d{CN}]+万?(?:吨|千瓦)级"
    # A rating of one machine or plant: 26兆瓦级海上风电机组, 9兆瓦时储能系统, 百兆瓦钙钛矿电池.
    rf"|[\d{CN}]+(?:\.\d+)?(?:兆瓦|吉瓦)时?(?!时)(?=[\u4e00-\u9fff])(?!以上|以下|左右|以内|多|余)"
    rf"|[\d{CN}]*(?:万亿|千亿|百亿|亿|千万|百万|万)?(?:米|瓦)?级(?=[^\d，。；]{{0,6}}"
    r"(?:产业|集群|起重机|盾构|平台|项目|企业|船|机|装备|基地|园区|城市|景区|产业链)))"
    r"|(?P<duration>\d+小时|为期\d+个?月|\d+个?工作日)"
    # 成立75周年 is an anniversary; 每千人口, 每10万人, 每万元 name a rate's denominator.
    rf"|(?P<anniversary>[\d{CN}]+周年)"
    rf"|(?P<per>(?<=每)[\d{CN}]*[十百千万]?(?:人口|人|户|名|元|平方公里|亩|公斤|千克|斤|吨))"
    # A rank (排名53位, 提升3位, 居全国前3位) counts no people; 两位数 counts digits; ESI
    # 全球前1‰, 排名前1% is the top part of a ranking, no rate of anything.
    rf"|(?P<rank>(?:(?<=排名)|(?<=前)|(?<=提升)|(?<=上升)|(?<=下降)|(?<=前移)|(?<=后移)|(?<=位、)"
    r"|(?<=前进)|(?<=后退)|(?<=前移了)|(?<=前进了))"
    rf"[\d{CN}]+位(?!数)|[\d{CN}]+位数|(?<=前)[\d{CN}]+名|(?<=前)\d+(?:\.\d+)?[%％‰])"
    # A class of projects by size: 总投资超10亿元项目, 亿元以上项目.
    r"|(?P<size>(?<=超)\d+(?:\.\d+)?(?:万|亿)元(?=的?(?:重大|重点)?项目)"
    # A class of enterprises, villages … by a bound: 经营性收入超过50万元的村, 产值超50亿元
    # 企业 (the class, not a level of anything).
    r"|(?:(?:(?<=超过)|(?<=超)|(?<=逾))\d+(?:\.\d+)?(?:万|亿)?元"
    # …or after it: 集体经济收入10万元以上的村.
    r"|(?<![\d.])\d+(?:\.\d+)?(?:万|亿)?元及?以[上下])(?=的?(?:规上|规模以上)?"
    r"(?:企业|村|户|产业|集群|县|园区|商圈|品牌|楼宇|主体|工厂|行业|景区|乡镇|社区))"
    r"|\d+(?:\.\d+)?(?:万|亿)元以上(?=的?[^\d，。；、]{0,4}?项目)"
    # A bound all of them pass: 村级集体经济收入全部超过10万元, 均在50万元以上.
    r"|(?:(?<=全部超过)|(?<=均超过)|(?<=全部达到)|(?<=均达到)|(?<=均在)|(?<=全部在))"
    r"\d+(?:\.\d+)?(?:万|亿)?元(?:以上)?(?=[，,。；;])"
    r"|\d+(?:\.\d+)?万?吨(?=[^\d，。；、]{1,6}?(?:项目|装置|生产线))"
    # A class of works by their size: 流量5立方米每秒及以上的水闸, 千人以上供水工程, 5级及
    # 以上江河堤防 (its size bounds the class, no level of anything).
    rf"|(?<![\d.])[\d{CN}]+(?:\.\d+)?(?:立方米每秒|立方米每日|立方米/秒|千瓦|人|级)"
    r"及?以上(?=的?[\u4e00-\u9fff]{0,6}?(?:水闸|泵站|工程|堤防|水库|电站|灌区|河流|河道)))"
    # A streak: 连续3次获评优秀, 连续10个季度.
    rf"|(?P<streak>(?<=连续)[\d{CN}]+(?:次|届|个?季度))"
    # Time phrases: 一年来, 过去五年, 近三年, 关键一年, 新一轮 count no quantity.
    rf"|(?P<time>[{CN}]+多?年(?:来|以来|多来|间)|(?<=过去)[{CN}]+年|(?<=近)[{CN}]+年"
    rf"|(?<=关键)一年|(?<=这)一年|新一轮|(?<=每)一年)"
    # 三次产业 (the three sectors), 一二三产业: names of the economy's parts, no counts.
    r"|(?P<name>\d+\+\d+(?:\+[A-Z\d]+)*|\d+米|三次产业|一二三产业|[一二三]产融合"
    # 连跨4个千亿台阶, 迈上万亿台阶, 跨越两个千亿元台阶: a step, not an amount (跨上5万亿元
    # 台阶 is a bound).
    rf"|[{CN}]*[千百万亿]+(?=级?台阶)|[\d{CN}]+个[千百万亿]+元?(?=级?台阶)"
    # A numbered policy names a document, not an amount: 十项措施, 八项主张, 21条升级举措.
    # Programmes are not among them: 实施100个标志性项目 and 新开工10项重点工程 are counts.
    rf"|[\d{CN}]+(?:项|条|个)(?=(?:[、和][\d{CN}]+(?:项|条|个))*[^\d，。；、]{{0,4}}?(?:措施|举措|主张|意见|规定|要求|原则"
    r"|条例|政策|方针|纪律|禁令)))"
    # An article or a numeral inside a phrase: 一条新路子, 一部分, 一个中国, 一系列, 一揽子;
    # 一个长期过程, 一份基础, 一项重要改革, 一种商品, 一支队伍, 一场变革, 一大批: 一 with a
    # classifier is the genre's indefinite article, never a count of one.
    # After a change's word it is a count all the same: 比上年增加一所, 净增一家.
    r"|(?P<word>(?<!增加)(?<!减少)(?<![新净]增)一(?:部分|系列|揽子|条(?=[^\d，。；]{0,8}?(?:路|道路|经验))|个中国|道(?!\d)"
    # 一起抓, 一起推进: together; 一起事故 is one case.
    r"|起(?![^，。；]{0,4}(?:事故|案件|事件|火灾|案|纠纷))"
    # 一番 is an article (一番努力), but 翻一番 and 翻了一番 double (see DOUBLING).
    r"|(?:个|份|项|种|支|场|大批|些|次|(?<!翻一)(?<!翻了一)番|片|股|段|件|所|张(?=蓝图|网|清单|名片))"
    # 一类创新药 is a class of drug; 力度一点不减 an idiom.
    r"|类(?=[^，。；]{0,3}药)|点(?=不|儿|也)))"
    rf"|(?P<hotline>(?<!\d)(?:{'|'.join(HOTLINES)})(?!\d)(?={HOTLINE_WORDS}))"
    # Spans of years and streaks (连续15年, 三年行动, 提前一年, 近6年) measure time, not
    # the report's indicators; 一批 (打造一批…) and levels of a hierarchy (县乡村三级,
    # 一级指标) count nothing.
    rf"|(?P<span>(?<!第)[\d{CN}]+[多余]?个?(?:年|个月)(?![度底末初\d]))"
    rf"|(?P<batch>一批(?!次))"
    rf"|(?P<ordinal>第[\d{CN}]+[届次轮个卷期批条项]?|[{CN}\d]+届(?:[{CN}\d]+次)?|新一届|[{CN}]+期"
    # 十四届人大二次会议, 政协三次全会: a session, past the body's name.
    rf"|(?:(?<=人大)|(?<=政协)|(?<=党代会))[{CN}\d]+次(?=会议|全会|全体)"
    rf"|[\d{CN}]+级(?![^，。；]{{0,3}}(?:企业|单位|项目|基地))"
    rf"|[{CN}]{{2,}}大(?=和|、|精神|以来|报告)|(?<=十九届)[{CN}]中)"
    ")"
)

# Groups of SET_ASIDE named apart from the category they report.
CATEGORY = {
    "span": "duration",
    "batch": "name",
    "per": "definition",
    "rank": "ordinal",
    "size": "definition",
    "streak": "duration",
}

QUOTED = re.compile(rf"[“\"《](?=[^”\"》]{{0,15}}[\d{CN}])([^”\"》]{{1,16}})[”\"》]")

# 分产业看，第一产业增加值…: a breakdown of the output the sentence before states.
_BY_SECTOR = r"分(?:三次)?产业看"
BY_SECTOR = re.compile(rf"{_BY_SECTOR}[，,：:]")
# The words that open a whole's parts: 其中, or such a breakdown.
PARTS_OPENING = re.compile(rf"其中|{_BY_SECTOR}")
# A count that announces the items after it: 重点抓好以下十个方面的工作。（一）…（二）…,
# 抓好三件事：一是…二是…三是…; the items are counted by their ordinals.
# A count whose items follow numbered in its paragraph: 民生实事项目12项：（1）….
# (以下5个问题：1.…；2.…: numbered 1. 1．or 1、 as well.)
ANNOUNCED_NUMBERED = re.compile(
    r"(?P<num>\d{1,2}|[一二三四五六七八九十]{1,3})(?:项|件|个)[^。：:\n，,]{0,8}?[：:]\s*"
    r"(?=（1）|1[.．、](?!\d))"
)
# 深入实施五大工程：一是…；二是…, 三项措施：一是…: a count, then its items 一是 ….
ANNOUNCED_ORDINAL = re.compile(
    r"(?P<num>[一两二三四五六七八九十]{1,3}|\d{1,2})(?:大|项|个|条|件|点)"
    r"(?:[^。：:\n，,；;]{0,10}?[：:]"
    # 今年再办好15件民生实事。一是…: after a full stop, only a count of work to do.
    r"|[^。：:\n，,；;]{0,8}?(?:工作|方面|任务|实事|措施|举措|事项|行动|工程|重点)。)\s*"
    r"(?=一是|一要)"
)
# Where such items open, after the count's colon or full stop, and how far before it the
# count may stand (五 + 大 + ten characters of its name).
ORDINAL_OPENING = re.compile(r"[：:。]\s*(?=一是|一要)")
ORDINAL_LEAD = 16
# The first item's number, which sets how the others are numbered: （1）, 1., 1． or 1、.
FIRST_NUMBERED = re.compile(r"\s*(?:（(?=1）)|(?=1[.．、](?!\d)))1(?P<close>[）.．、])")
ANNOUNCED = re.compile(
    r"(?:以下|如下|下列|抓好|做好|把握好|推进)(?P<num>[一二三四五六七八九十]{1,3})"
    r"(?:个方面|件事|项工作|项重点工作)[^。：:\n]{0,8}?[：:。]\s*"
)

# A budget figure, the plan of the year a final account reports: 年初预算为128.00亿元,
# 经…批准调整为120.00亿元, 为调整预算140.10亿元的97.6%, 预算数. Never the year's actual.
BUDGET_BEFORE = re.compile(
    r"(?:年初预算|调整预算|预算数|预算安排|预算)(?:数)?(?:为|是)?$|调整(?:为|至|后为)$"
)

# A clause that opens with its own year (2023年全区地区生产总值修订为…): a level of that year.
# A clause that opens with last year (上年…基数为20.31亿元, 去年税收收入5.16亿元).
LAST_YEAR_OPENING = re.compile(r"\s*(上年|去年)(?!同期|以来|底|末|初)(?=[\u4e00-\u9fff])")
CLAUSE_YEAR = re.compile(
    r"\s*((?:19|20)\d{2})\s*年(?!度?[—–-]|以来|来|起|至|到|以前|前|后|初|间)(?:末|底)?"
    r"(?=[\u4e00-\u9fff])"
)
REVISED = ("修订", "核定", "核实")
# A final account (决算) is stated a year after the year it closes.
FINAL_ACCOUNTS = ("决算",)
# The words of a figure of last year that are not its measure's name: 上年…基数.
LAST_YEAR_WORDS = re.compile(r"^(?:上年|去年)|(?:基数|数据)(?:为|是)?$")
REVISION_TAIL = re.compile(r"(?:根据|依据|经)[^，,。；;]*$|(?:修订|核定|核实)为?$")
REVISED_YEAR = re.compile(r"((?:19|20)\d{2})\s*年[^。；;\n\d]{0,30}?(?:修订|核定|核实)")

# Before a figure, words that make it a total over several years (五年中央财政用于科技的投
# 入达到3406亿元, 十一五期间累计) or the start of a span (财政收入从3.16万亿元增加到…):
# not the level of the report's year, so it takes no concept and links nothing.
NOT_A_YEARS_LEVEL = re.compile(
    # 累计建成, 累计达到 say a stock reached (累计建成高标准农田3260万亩, 新建5G基站3.2万个，
    # 累计达到15.6万个): the year's level; a span's total says its years (五年累计建成…).
    r"累计(?!建成|达到|达)|[两三四五六七八九十]年(?:来|中|间|内|共|累计)?|\d+年来|期间|时期|以来|合计|总计|共计|[从由]$"
)

# The words of an amount of change standing where a change's measure would be named:
# 比上年增加0.43亿元、(增长13.6%).
AMOUNT_WORDS_ONLY = re.compile(
    rf"(?:{CONTEXT}|比|较)?(?:增加|减少|增收|减收|多增|少增|净增|净减)\d"
)
# Between the end of a from-to and its average growth: ，年均增长.
AVERAGE_TIE = re.compile(r"[，,、]?(?:年均|年平均|平均每年)")
# … and its multiple: ，达到2020年底的, ，是2020年的.
MULTIPLE_TIE = re.compile(
    r"[，,、]?(?:是|达到|相当于)(?:(?:19|20)\d{2}年(?:底|末)?|上年|去年)?(?:同期)?的"
)
# Between a level and its change, only the words that tie them: 、增长5%, ，比上年增长5%,
# and the level's amount of change (1368.2亿元，比上年增加71.5亿元，增长5.5%).
# Last year's, as a change is against it: 比上年, 同比, 比上年末 (of a stock at the year's end).
# 比上年同期: a part of the year against the same part of the year before.
AGAINST_LAST = r"(?:(?:比|较)(?:上年|去年)(?:末|底|同期)?|同比)"
TIE = re.compile(
    # …49.85亿元，完成调整预算50.76亿元的98.2%，比上年增加2.49亿元，增长6.9%: the level's
    # completion of its budget may stand between it and its change.
    rf"^(?:[，,、]{COMPLETION_WORDS}\d+(?:\.\d+)?%)?"
    rf"(?:[，,、]{AGAINST_LAST}?(?:增加|减少|增收|减收)\d+(?:\.\d+)?"
    r"(?:万亿|亿|万|千)?[^\d%，。；;、]{0,3})?"
    # 达到101家、净增21家: the net addition right after the stock is its change.
    # 比上年末净增21家: the net addition against last year's end, as well.
    # 受花期低温影响下降2.4%: the reason for the change, said before it.
    rf"[^\d%，。；;、分]{{0,2}}[，,、]?(?:受[^\d%，。；;]{{1,12}}?(?:影响|冲击|拉动|带动)[，,]?)?"
    # 增长5.6%，增速比上年回落0.2个百分点: the growth rate's own change.
    rf"(?:增速|增幅|涨幅|增长速度)?(?:{AGAINST_LAST}|是(?:上年|去年)(?:同期)?的)?净?(?:实际)?$"
    # 占一般公共预算支出的80.0%，占比提高0.6个百分点: the share named by its word alone.
    rf"|^[，,]{SHARE_WORD_ALONE}{AGAINST_LAST}?$"
    # 21,985.2公顷，比上年的21,436.8公顷净增548.4公顷: last year's level named on the way.
    r"|^[，,](?:比|较|由)(?:上年|去年)(?:末|底|同期)?的[\d,.]+(?:万亿|亿|万|千)?[^\d，,。；;、]{0,4}净?$"
)

# A level's measure named again in the next clause, before its change (…49.3，第三产业比重
# 提高1.2个百分点): the name, which must be the level's concept.
NAMED_AGAIN = re.compile(rf"[，,](?P<name>[^，,。；;\d]{{2,16}}?){AGAINST_LAST}?")

# …2986.4亿元，同比增长8.6%，同比增收316.5亿元: an amount after the level's rate.
RATE_THEN = re.compile(
    r"^[，,、](?:比上年|同比|较上年|比去年)?(?:增长|下降)\d+(?:\.\d+)?%"
    r"[，,、](?:比上年|同比|较上年|比去年)?$"
)

# The words of a stated amount that parse_figure reads: 增加2787, 减少300.
AMOUNT_WORDS = (
    "增加",
    "减少",
    "增长",
    "下降",
    "提高",
    "降低",
    "增产",
    "减产",
    "增收",
    "减收",
    "净增",
    "净减",
    "多增",
    "新增",
    # 新开工亿元以上项目15个、比上年多3个: more by the amount, as counts are compared.
    "多",
    "少",
)

RESOLVING = ("处置", "办结", "解决", "化解", "调解成功", "完成", "结案", "办理", "回复")

CASES = ("案件", "问题", "诉求", "工单", "纠纷", "事项", "信访", "投诉", "线索")

# The end of a full sentence: past semicolons, at 。！？ or a line break.
FULL_STOP = re.compile(r"[。！？!?\n]")
