// Names for GSHHG water features. GSHHG carries no names, so features are identified
// geometrically: a lake by containing a reference point, a river by being the river line
// nearest to a reference point on its bank (within RIVER_SNAP_KM). Coordinates [lon, lat].

// The Dnipro reservoirs from Kremenchuk to Kakhovka come out of GSHHG as ONE lake
// polygon (the river between the dams is double-lined). It is cut into zones at the
// dams (longitude/latitude of each dam; boxes [west, south, east, north]).
export const DNIPRO_CHAIN_POINT = [33.9, 47.2]; // inside the former Kakhovka reservoir
export const DNIPRO_CHAIN_ZONES = [
  // Kremenchuk dam at Svitlovodsk ~33.30 E
  { name: 'Kremenchuk reservoir', kind: 'reservoir', bbox: [30, 48.9, 33.3, 51] },
  // Middle Dnipro dam at Kamianske ~34.56 E
  { name: 'Kamianske reservoir', kind: 'reservoir', bbox: [33.3, 48.2, 34.56, 49.5] },
  // DniproHES at Zaporizhzhia ~47.867 N
  { name: 'Dnipro reservoir', kind: 'reservoir', bbox: [34.56, 47.867, 36, 49] },
  // Kakhovka dam at Nova Kakhovka ~33.37 E, destroyed 6 June 2023; GSHHG predates that.
  { name: 'former Kakhovka reservoir', kind: 'reservoir', bbox: [33.37, 46, 36, 47.867] },
  // Below the dam the Dnipro is double-lined down to Kherson: a river polygon.
  { name: 'Dnipro', kind: 'river', bbox: [30, 46, 33.37, 48.2] },
];

export const LAKES = [
  { name: 'Kyiv reservoir', kind: 'reservoir', point: [30.45, 50.85] },
  { name: 'Molochnyi estuary', kind: 'lake', point: [35.36, 46.54] },
  { name: 'Tylihul estuary', kind: 'lake', point: [31.12, 46.84] },
  { name: 'Khadzhybei estuary', kind: 'lake', point: [30.58, 46.66] },
  { name: 'Kuialnyk estuary', kind: 'lake', point: [30.69, 46.69] },
  { name: 'Yalpuh', kind: 'lake', point: [28.64, 45.43] },
  { name: 'Kahul', kind: 'lake', point: [28.35, 45.41] },
  { name: 'Katlabukh', kind: 'lake', point: [28.99, 45.48] },
  { name: 'Kytai', kind: 'lake', point: [29.193, 45.58] },
  { name: 'Donuzlav', kind: 'lake', point: [33.52, 45.21] },
];

export const RIVER_SNAP_KM = 6;
// GSHHG's rivers (WDBII) are patchy here: the Vorskla, Psel, Sula and Kalmius are not in
// it at all, and where the Dnipro and the lower Don are double-lined they are polygons
// (level-2 "river-lakes" or part of the reservoir chain), not lines. Reference points are
// towns on the bank or points on the GSHHG line itself. Main rivers first: if a stitched
// line reaches two rivers' reference points, the first listed name wins.
export const RIVERS = [
  { name: 'Dnipro', points: [[30.39, 52.36], [30.86, 50.12], [30.6, 50.45]] },
  { name: 'Don', points: [[39.49, 50.97], [41.05, 47.56]] },
  { name: 'Danube', points: [[28.84, 45.34], [29.3, 45.4]] },
  { name: 'Dniester', points: [[27.79, 48.44], [29.48, 46.83], [26.66, 48.53]] },
  { name: 'Southern Buh', points: [[28.47, 49.23], [30.85, 48.05], [31.44, 47.56]] },
  { name: 'Siverskyi Donets', points: [[37.27, 49.2], [38.43, 48.93], [36.69, 49.84], [37.55, 48.98]] },
  { name: 'Desna', points: [[31.3, 51.48], [33.26, 51.99]] },
  { name: 'Prypiat', points: [[29.25, 52.05], [30.05, 51.41]] },
  { name: 'Oskil', points: [[37.61, 49.71], [37.52, 49.45], [37.89, 50.31]] },
  { name: 'Samara', points: [[35.25, 48.63]] },
  { name: 'Inhulets', points: [[33.37, 47.39]] },
  { name: 'Seim', points: [[33.87, 51.34]] },
  { name: 'Prut', points: [[25.93, 48.29]] },
];
