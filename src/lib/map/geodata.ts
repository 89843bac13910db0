/** The project's geodata (src/data/geo/, derived by scripts/import-geodata.ts). */
import kommunerRaw from '../../data/geo/kommuner.geojson?raw';
import lanRaw from '../../data/geo/lan.geojson?raw';
import type { GeoFeature } from './map';

export const GEODATA_CREDIT =
  'Kartdata: kommun- och länsgränser från det öppna projektet okfse/sweden-geojson, förenklade från Valmyndighetens kommungränser via OpenDataSoft. Fria att återanvända.';

export type KommunFeature = GeoFeature<{ code: string; name: string; lanCode: string }>;
export type LanFeature = GeoFeature<{ code: string; name: string }>;

export const kommunFeatures = (JSON.parse(kommunerRaw) as { features: KommunFeature[] }).features;
export const lanFeatures = (JSON.parse(lanRaw) as { features: LanFeature[] }).features;
