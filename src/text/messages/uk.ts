/**
 * The Ukrainian catalogue: the same keys as `en.ts` (its type), in Ukrainian. Place names in the
 * data carry their Ukrainian forms (`name_uk`); numbers and dates are formatted by `Intl` with
 * the uk-UA locale. Terms: "під контролем Росії" / "під контролем України" (Russian-held /
 * Ukrainian-held), "окупована Росією" (Russian-occupied), "пропозиція, про яку повідомляли ЗМІ"
 * (the reported proposal), "лінія фронту" (front line), "мапа" (map).
 */
import type { Messages } from './en';

export const uk: Messages = {
  langName: 'Українська',
  foreign: [
    // The project and the software and data it is made with.
    'swapmap', 'MapLibre', 'OpenStreetMap', 'Natural', 'Earth', 'GeoNames', 'Noto', 'Sans', 'Turf',
    // Licences.
    'ODbL', 'CC', 'BY', 'OFL', 'MIT',
    // Outlets, publishers and maps of the front the text cites.
    'Reuters', 'Financial', 'Times', 'FT', 'ISW', 'DeepStateMap', 'LIGA', 'net', 'Novaya', 'Gazeta', 'Europe',
    // File formats and technical names.
    'PNG', 'CSV', 'GeoJSON', 'JSON', 'TopoJSON', 'KML', 'KMZ', 'GPX', 'WebGL', 'URL', 'A4',
  ],
  common: {
    undated: 'без дати',
    undatedDay: 'день без дати',
    km2: 'км²',
    monthsShort: ['січ.', 'лют.', 'бер.', 'квіт.', 'трав.', 'черв.', 'лип.', 'серп.', 'вер.', 'жовт.', 'лист.', 'груд.'],
    monthsLong: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
    days: { one: '{n} день', few: '{n} дні', many: '{n} днів', other: '{n} дня' },
    months: { one: '{n} місяць', few: '{n} місяці', many: '{n} місяців', other: '{n} місяця' },
    earlier: 'раніше',
    later: 'пізніше',
    lineGap: (reported, lineDate, span, direction) =>
      `Про цю версію повідомили ${reported}; показано лінію на ${lineDate}, на ${span} ${direction}: території, які вона змінила б, узято з цієї лінії, а не з тієї, про яку йшлося в повідомленнях.`,
  },
  parts: {
    cede: { label: 'Відходить Росії', state: 'відходить Росії', land: 'Територія під контролем України, що відходить Росії' },
    return: { label: 'Повертається', state: 'повертається Україні', land: 'Територія під контролем Росії, що повертається Україні' },
    freeze: { label: 'Заморожено', state: 'лінію заморожено', land: 'Під контролем Росії, лінію заморожено' },
    unchanged: { label: 'Без змін', state: 'утримується, без змін', land: 'Під контролем Росії, без змін (не згадано в пропозиції)' },
  },
  figure: {
    ratio: 'Співвідношення: відходить : повертається',
    nothingReturned: 'нічого не повертається',
    netRussia: 'Чиста зміна для Росії',
    netUkraine: 'Чиста зміна для України',
    heldNow: 'Під контролем Росії зараз',
    heldAfter: 'Під контролем Росії після',
    changesHands: 'Переходить до іншої сторони',
    oblast: 'Область',
    proposal: 'Пропозиція',
    allOblasts: 'Усі області',
  },
  layer: {
    cede: 'Пропозиція: територія під контролем України, що відходить',
    freeze: 'Пропозиція: лінію заморожено',
    return: 'Пропозиція: територія під контролем Росії, що повертається',
    proposed: 'Пропозиція: під контролем Росії після',
  },
  credit: {
    project: 'swapmap',
    method: 'Метод і джерела',
    methodNoUrl: 'метод і джерела — на її сторінці «Про мапу»',
  },
  geo: {
    water: {
      Danube: 'Дунай',
      Desna: 'Десна',
      Dniester: 'Дністер',
      Dnipro: 'Дніпро',
      'Dnipro reservoir': 'Дніпровське водосховище',
      Don: 'Дон',
      Donuzlav: 'Донузлав',
      Inhulets: 'Інгулець',
      Kahul: 'Кагул',
      'Kamianske reservoir': 'Кам’янське водосховище',
      Katlabukh: 'Катлабух',
      'Khadzhybei estuary': 'Хаджибейський лиман',
      'Kremenchuk reservoir': 'Кременчуцьке водосховище',
      'Kuialnyk estuary': 'Куяльницький лиман',
      'Kyiv reservoir': 'Київське водосховище',
      Kytai: 'Китай',
      'Molochnyi estuary': 'Молочний лиман',
      Oskil: 'Оскіл',
      Prut: 'Прут',
      Prypiat: 'Прип’ять',
      Samara: 'Самара',
      Seim: 'Сейм',
      'Siverskyi Donets': 'Сіверський Донець',
      'Southern Buh': 'Південний Буг',
      'Tylihul estuary': 'Тилігульський лиман',
      Yalpuh: 'Ялпуг',
      'former Kakhovka reservoir': 'колишнє Каховське водосховище',
    },
  },
  page: {
    title: 'swapmap — обмін територіями, про який повідомляли після саміту на Алясці, на мапі',
    description:
      'Обмін територіями, про який повідомляли після саміту Трампа й Путіна на Алясці (15 серпня 2025 р.), на мапі поруч із лінією фронту того дня; площі обчислено з відкритих даних.',
    heading: 'Що перейшло б до іншої сторони?',
    sub: 'Обмін територіями, про який повідомляли після саміту на Алясці,',
    mapLabel: 'Мапа південного сходу України',
    figuresLabel: 'Цифри сценарію',
    loading: 'Завантаження мапи…',
    languages: 'Мова',
  },
  panel: {},
  line: {},
  dates: {},
  identify: {},
  layout: {},
  exportUi: {},
  exportImage: {},
  csv: {},
  cli: {},
  read: {},
  data: {},
};
