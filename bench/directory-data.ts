import { ASSOCIATION_TERM, SERVICE_TYPE_CODES, TERM_BY_CODE, WHEELCHAIR_TERM } from "../src/features/directory/directory.taxonomy.ts";

/**
 * Synthetic HSDS 3.0 services for the directory benchmark: fully nested, shaped like the demo
 * directory (src/demo/directory-demo.ts), deterministic for a seed and fast enough to make 100,000 in
 * a few seconds. Texts are put together from small vocabularies per language, so common words
 * ("psychological", "психологическая", "心理", "نفسي", "juridique", "apoyo") match thousands of services
 * while organisations' made-up names match a handful. Places are real cities with approximate
 * coordinates; every organisation, address and number is invented.
 */

// ---------------------------------------------------------------------------------------------
// Places: ~60 countries, five real cities each

/** A city: name as written locally, region (state_province), latitude, longitude. */
export type BenchCity = readonly [name: string, region: string, lat: number, lon: number];

export interface BenchCountry {
  code: string;
  /** UTC offset in hours (standard time), as HSDS schedule.timezone wants it. */
  tz: number;
  /** Languages the country's services are written in; the first is the usual one. */
  langs: readonly TextLang[];
  /** Relative share of the services (bigger countries hold more). */
  weight: number;
  /** A Friday–Saturday weekend: offices open Sunday to Thursday. */
  sunToThu?: boolean;
  cities: readonly BenchCity[];
}

type TextLang = "ar" | "zh" | "en" | "fr" | "ru" | "es" | "de" | "pt" | "tr" | "ur";

const c = (code: string, tz: number, langs: TextLang[], weight: number, cities: BenchCity[], sunToThu = false): BenchCountry => ({
  code,
  tz,
  langs,
  weight,
  cities,
  ...(sunToThu ? { sunToThu } : {}),
});

export const BENCH_COUNTRIES: readonly BenchCountry[] = [
  c("FR", 1, ["fr", "ar"], 3, [["Paris", "Île-de-France", 48.857, 2.352], ["Marseille", "Provence-Alpes-Côte d'Azur", 43.296, 5.37], ["Lyon", "Auvergne-Rhône-Alpes", 45.764, 4.836], ["Toulouse", "Occitanie", 43.605, 1.444], ["Nice", "Provence-Alpes-Côte d'Azur", 43.71, 7.262]]),
  c("BE", 1, ["fr", "en"], 1, [["Bruxelles", "Bruxelles-Capitale", 50.847, 4.357], ["Antwerpen", "Vlaanderen", 51.219, 4.402], ["Liège", "Wallonie", 50.633, 5.567], ["Gent", "Vlaanderen", 51.054, 3.717], ["Charleroi", "Wallonie", 50.411, 4.444]]),
  c("ES", 1, ["es"], 3, [["Madrid", "Comunidad de Madrid", 40.417, -3.704], ["Barcelona", "Cataluña", 41.385, 2.173], ["Valencia", "Comunidad Valenciana", 39.47, -0.376], ["Sevilla", "Andalucía", 37.389, -5.984], ["Bilbao", "País Vasco", 43.263, -2.935]]),
  c("DE", 1, ["de", "tr"], 3, [["Berlin", "Berlin", 52.52, 13.405], ["Hamburg", "Hamburg", 53.551, 9.994], ["München", "Bayern", 48.137, 11.575], ["Köln", "Nordrhein-Westfalen", 50.938, 6.96], ["Frankfurt am Main", "Hessen", 50.11, 8.682]]),
  c("AT", 1, ["de"], 1, [["Wien", "Wien", 48.208, 16.373], ["Graz", "Steiermark", 47.071, 15.439], ["Linz", "Oberösterreich", 48.306, 14.286], ["Salzburg", "Salzburg", 47.809, 13.055], ["Innsbruck", "Tirol", 47.269, 11.404]]),
  c("CH", 1, ["de", "fr"], 1, [["Zürich", "Zürich", 47.377, 8.541], ["Genève", "Genève", 46.204, 6.143], ["Basel", "Basel-Stadt", 47.56, 7.589], ["Bern", "Bern", 46.948, 7.447], ["Lausanne", "Vaud", 46.52, 6.633]]),
  c("LU", 1, ["fr", "de"], 1, [["Luxembourg", "Luxembourg", 49.612, 6.13], ["Esch-sur-Alzette", "Esch-sur-Alzette", 49.496, 5.981], ["Differdange", "Esch-sur-Alzette", 49.524, 5.891], ["Dudelange", "Esch-sur-Alzette", 49.481, 6.087], ["Ettelbruck", "Diekirch", 49.847, 6.104]]),
  c("GB", 0, ["en", "ur"], 3, [["London", "England", 51.507, -0.128], ["Manchester", "England", 53.48, -2.242], ["Birmingham", "England", 52.486, -1.89], ["Glasgow", "Scotland", 55.864, -4.252], ["Leeds", "England", 53.801, -1.549]]),
  c("IE", 0, ["en"], 1, [["Dublin", "Leinster", 53.35, -6.26], ["Cork", "Munster", 51.898, -8.475], ["Limerick", "Munster", 52.668, -8.63], ["Galway", "Connacht", 53.271, -9.057], ["Waterford", "Munster", 52.259, -7.11]]),
  c("US", -5, ["en", "es"], 3, [["New York", "New York", 40.713, -74.006], ["Los Angeles", "California", 34.052, -118.244], ["Chicago", "Illinois", 41.878, -87.63], ["Houston", "Texas", 29.76, -95.37], ["Boston", "Massachusetts", 42.36, -71.059]]),
  c("CA", -5, ["en", "fr"], 2, [["Toronto", "Ontario", 43.653, -79.383], ["Montréal", "Québec", 45.502, -73.567], ["Vancouver", "British Columbia", 49.283, -123.121], ["Calgary", "Alberta", 51.045, -114.072], ["Ottawa", "Ontario", 45.421, -75.697]]),
  c("AU", 10, ["en"], 1, [["Sydney", "New South Wales", -33.869, 151.209], ["Melbourne", "Victoria", -37.814, 144.963], ["Brisbane", "Queensland", -27.47, 153.026], ["Perth", "Western Australia", -31.951, 115.861], ["Adelaide", "South Australia", -34.929, 138.601]]),
  c("NZ", 12, ["en"], 1, [["Auckland", "Auckland", -36.849, 174.763], ["Wellington", "Wellington", -41.287, 174.776], ["Christchurch", "Canterbury", -43.532, 172.637], ["Hamilton", "Waikato", -37.787, 175.279], ["Dunedin", "Otago", -45.879, 170.503]]),
  c("PT", 0, ["pt"], 1, [["Lisboa", "Lisboa", 38.722, -9.139], ["Porto", "Porto", 41.158, -8.629], ["Braga", "Braga", 41.545, -8.427], ["Coimbra", "Coimbra", 40.203, -8.41], ["Faro", "Faro", 37.019, -7.93]]),
  c("BR", -3, ["pt"], 3, [["São Paulo", "São Paulo", -23.551, -46.633], ["Rio de Janeiro", "Rio de Janeiro", -22.907, -43.173], ["Brasília", "Distrito Federal", -15.794, -47.882], ["Salvador", "Bahia", -12.971, -38.501], ["Recife", "Pernambuco", -8.048, -34.877]]),
  c("MZ", 2, ["pt"], 1, [["Maputo", "Maputo", -25.969, 32.573], ["Beira", "Sofala", -19.843, 34.839], ["Nampula", "Nampula", -15.117, 39.267], ["Pemba", "Cabo Delgado", -12.974, 40.518], ["Quelimane", "Zambézia", -17.878, 36.888]]),
  c("AO", 1, ["pt"], 1, [["Luanda", "Luanda", -8.839, 13.289], ["Huambo", "Huambo", -12.776, 15.739], ["Lobito", "Benguela", -12.348, 13.546], ["Benguela", "Benguela", -12.578, 13.407], ["Lubango", "Huíla", -14.917, 13.493]]),
  c("MX", -6, ["es"], 3, [["Ciudad de México", "Ciudad de México", 19.433, -99.133], ["Guadalajara", "Jalisco", 20.659, -103.35], ["Monterrey", "Nuevo León", 25.687, -100.316], ["Puebla", "Puebla", 19.041, -98.206], ["Tijuana", "Baja California", 32.515, -117.038]]),
  c("CO", -5, ["es"], 1, [["Bogotá", "Bogotá D.C.", 4.711, -74.072], ["Medellín", "Antioquia", 6.244, -75.581], ["Cali", "Valle del Cauca", 3.452, -76.532], ["Barranquilla", "Atlántico", 10.964, -74.796], ["Cartagena", "Bolívar", 10.391, -75.479]]),
  c("AR", -3, ["es"], 1, [["Buenos Aires", "Ciudad Autónoma de Buenos Aires", -34.604, -58.382], ["Córdoba", "Córdoba", -31.42, -64.189], ["Rosario", "Santa Fe", -32.945, -60.65], ["Mendoza", "Mendoza", -32.889, -68.845], ["La Plata", "Buenos Aires", -34.921, -57.955]]),
  c("PE", -5, ["es"], 1, [["Lima", "Lima", -12.046, -77.043], ["Arequipa", "Arequipa", -16.409, -71.537], ["Trujillo", "La Libertad", -8.112, -79.029], ["Cusco", "Cusco", -13.532, -71.967], ["Chiclayo", "Lambayeque", -6.771, -79.841]]),
  c("CL", -4, ["es"], 1, [["Santiago", "Región Metropolitana", -33.449, -70.669], ["Valparaíso", "Valparaíso", -33.047, -71.613], ["Concepción", "Biobío", -36.827, -73.05], ["Antofagasta", "Antofagasta", -23.65, -70.4], ["Temuco", "La Araucanía", -38.736, -72.59]]),
  c("RU", 3, ["ru"], 3, [["Москва", "Москва", 55.756, 37.617], ["Санкт-Петербург", "Санкт-Петербург", 59.939, 30.316], ["Новосибирск", "Новосибирская область", 55.008, 82.935], ["Казань", "Татарстан", 55.796, 49.106], ["Екатеринбург", "Свердловская область", 56.838, 60.597]]),
  c("KZ", 5, ["ru"], 1, [["Алматы", "Алматы", 43.238, 76.946], ["Астана", "Астана", 51.169, 71.449], ["Шымкент", "Шымкент", 42.341, 69.59], ["Караганда", "Карагандинская область", 49.807, 73.088], ["Актобе", "Актюбинская область", 50.283, 57.167]]),
  c("BY", 3, ["ru"], 1, [["Минск", "Минск", 53.902, 27.562], ["Гомель", "Гомельская область", 52.441, 30.988], ["Могилёв", "Могилёвская область", 53.895, 30.331], ["Витебск", "Витебская область", 55.184, 30.202], ["Гродно", "Гродненская область", 53.678, 23.83]]),
  c("KG", 6, ["ru"], 1, [["Бишкек", "Бишкек", 42.875, 74.57], ["Ош", "Ош", 40.513, 72.816], ["Джалал-Абад", "Джалал-Абадская область", 40.933, 73.0], ["Каракол", "Иссык-Кульская область", 42.491, 78.393], ["Токмок", "Чуйская область", 42.842, 75.301]]),
  c("UZ", 5, ["ru"], 1, [["Ташкент", "Ташкент", 41.299, 69.24], ["Самарканд", "Самаркандская область", 39.654, 66.96], ["Бухара", "Бухарская область", 39.768, 64.455], ["Наманган", "Наманганская область", 40.998, 71.673], ["Андижан", "Андижанская область", 40.783, 72.344]]),
  c("CN", 8, ["zh"], 3, [["北京", "北京市", 39.904, 116.407], ["上海", "上海市", 31.23, 121.474], ["广州", "广东省", 23.129, 113.264], ["深圳", "广东省", 22.543, 114.058], ["成都", "四川省", 30.573, 104.066]]),
  c("MY", 8, ["en", "zh"], 1, [["Kuala Lumpur", "Wilayah Persekutuan", 3.139, 101.687], ["George Town", "Pulau Pinang", 5.414, 100.329], ["Johor Bahru", "Johor", 1.493, 103.741], ["Ipoh", "Perak", 4.597, 101.09], ["Kuching", "Sarawak", 1.553, 110.359]]),
  c("EG", 2, ["ar"], 3, [["القاهرة", "محافظة القاهرة", 30.044, 31.236], ["الإسكندرية", "محافظة الإسكندرية", 31.2, 29.919], ["الجيزة", "محافظة الجيزة", 30.013, 31.209], ["أسوان", "محافظة أسوان", 24.089, 32.899], ["الأقصر", "محافظة الأقصر", 25.687, 32.64]], true),
  c("MA", 1, ["ar", "fr"], 1, [["الرباط", "الرباط سلا القنيطرة", 34.02, -6.841], ["الدار البيضاء", "الدار البيضاء سطات", 33.573, -7.59], ["مراكش", "مراكش آسفي", 31.63, -7.981], ["فاس", "فاس مكناس", 34.033, -5.0], ["طنجة", "طنجة تطوان الحسيمة", 35.759, -5.834]]),
  c("DZ", 1, ["ar", "fr"], 1, [["الجزائر", "ولاية الجزائر", 36.754, 3.059], ["وهران", "ولاية وهران", 35.697, -0.633], ["قسنطينة", "ولاية قسنطينة", 36.365, 6.615], ["عنابة", "ولاية عنابة", 36.9, 7.766], ["سطيف", "ولاية سطيف", 36.19, 5.414]], true),
  c("TN", 1, ["ar", "fr"], 1, [["تونس", "ولاية تونس", 36.806, 10.181], ["صفاقس", "ولاية صفاقس", 34.74, 10.76], ["سوسة", "ولاية سوسة", 35.825, 10.636], ["القيروان", "ولاية القيروان", 35.678, 10.096], ["بنزرت", "ولاية بنزرت", 37.274, 9.874]]),
  c("IQ", 3, ["ar"], 1, [["بغداد", "محافظة بغداد", 33.315, 44.366], ["البصرة", "محافظة البصرة", 30.508, 47.783], ["الموصل", "محافظة نينوى", 36.34, 43.13], ["أربيل", "محافظة أربيل", 36.191, 44.009], ["النجف", "محافظة النجف", 32.0, 44.336]], true),
  c("JO", 3, ["ar"], 1, [["عمّان", "محافظة العاصمة", 31.954, 35.911], ["الزرقاء", "محافظة الزرقاء", 32.072, 36.088], ["إربد", "محافظة إربد", 32.556, 35.85], ["العقبة", "محافظة العقبة", 29.532, 35.006], ["مادبا", "محافظة مادبا", 31.716, 35.794]], true),
  c("LB", 2, ["ar", "fr"], 1, [["بيروت", "محافظة بيروت", 33.894, 35.502], ["طرابلس", "محافظة الشمال", 34.437, 35.85], ["صيدا", "محافظة الجنوب", 33.563, 35.368], ["صور", "محافظة الجنوب", 33.27, 35.204], ["زحلة", "محافظة البقاع", 33.846, 35.902]]),
  c("SA", 3, ["ar"], 2, [["الرياض", "منطقة الرياض", 24.713, 46.675], ["جدة", "منطقة مكة المكرمة", 21.485, 39.193], ["مكة المكرمة", "منطقة مكة المكرمة", 21.389, 39.858], ["المدينة المنورة", "منطقة المدينة المنورة", 24.525, 39.569], ["الدمام", "المنطقة الشرقية", 26.421, 50.089]], true),
  c("AE", 4, ["ar", "en"], 1, [["دبي", "إمارة دبي", 25.205, 55.271], ["أبوظبي", "إمارة أبوظبي", 24.454, 54.377], ["الشارقة", "إمارة الشارقة", 25.346, 55.421], ["العين", "إمارة أبوظبي", 24.207, 55.745], ["عجمان", "إمارة عجمان", 25.405, 55.514]]),
  c("SY", 3, ["ar"], 1, [["دمشق", "محافظة دمشق", 33.513, 36.292], ["حلب", "محافظة حلب", 36.202, 37.134], ["حمص", "محافظة حمص", 34.733, 36.723], ["اللاذقية", "محافظة اللاذقية", 35.532, 35.791], ["حماة", "محافظة حماة", 35.132, 36.758]], true),
  c("LY", 2, ["ar"], 1, [["طرابلس", "طرابلس", 32.887, 13.191], ["بنغازي", "بنغازي", 32.116, 20.067], ["مصراتة", "مصراتة", 32.375, 15.092], ["سبها", "سبها", 27.038, 14.426], ["البيضاء", "الجبل الأخضر", 32.762, 21.755]], true),
  c("YE", 3, ["ar"], 1, [["صنعاء", "أمانة العاصمة", 15.369, 44.191], ["عدن", "محافظة عدن", 12.785, 45.019], ["تعز", "محافظة تعز", 13.579, 44.021], ["الحديدة", "محافظة الحديدة", 14.798, 42.954], ["المكلا", "محافظة حضرموت", 14.542, 49.124]], true),
  c("PK", 5, ["ur", "en"], 3, [["کراچی", "سندھ", 24.861, 67.01], ["لاہور", "پنجاب", 31.52, 74.359], ["اسلام آباد", "وفاقی دارالحکومت", 33.684, 73.048], ["پشاور", "خیبر پختونخوا", 34.015, 71.58], ["کوئٹہ", "بلوچستان", 30.18, 66.975]]),
  c("IN", 5.5, ["en"], 3, [["Mumbai", "Maharashtra", 19.076, 72.878], ["New Delhi", "Delhi", 28.614, 77.209], ["Bengaluru", "Karnataka", 12.972, 77.595], ["Kolkata", "West Bengal", 22.573, 88.364], ["Chennai", "Tamil Nadu", 13.083, 80.271]]),
  c("BD", 6, ["en"], 1, [["Dhaka", "Dhaka Division", 23.811, 90.413], ["Chattogram", "Chattogram Division", 22.357, 91.783], ["Khulna", "Khulna Division", 22.846, 89.54], ["Sylhet", "Sylhet Division", 24.895, 91.869], ["Rajshahi", "Rajshahi Division", 24.374, 88.604]]),
  c("LK", 5.5, ["en"], 1, [["Colombo", "Western Province", 6.927, 79.861], ["Kandy", "Central Province", 7.291, 80.636], ["Galle", "Southern Province", 6.053, 80.221], ["Jaffna", "Northern Province", 9.662, 80.026], ["Batticaloa", "Eastern Province", 7.731, 81.674]]),
  c("TR", 3, ["tr"], 3, [["İstanbul", "İstanbul", 41.008, 28.978], ["Ankara", "Ankara", 39.934, 32.86], ["İzmir", "İzmir", 38.423, 27.143], ["Bursa", "Bursa", 40.183, 29.067], ["Antalya", "Antalya", 36.897, 30.713]]),
  c("NG", 1, ["en"], 3, [["Lagos", "Lagos", 6.524, 3.379], ["Abuja", "Federal Capital Territory", 9.076, 7.399], ["Kano", "Kano", 12.002, 8.592], ["Ibadan", "Oyo", 7.378, 3.947], ["Maiduguri", "Borno", 11.846, 13.16]]),
  c("KE", 3, ["en"], 1, [["Nairobi", "Nairobi", -1.286, 36.817], ["Mombasa", "Mombasa", -4.043, 39.668], ["Kisumu", "Kisumu", -0.092, 34.768], ["Nakuru", "Nakuru", -0.303, 36.08], ["Garissa", "Garissa", -0.453, 39.646]]),
  c("ML", 0, ["fr"], 1, [["Bamako", "District de Bamako", 12.639, -8.003], ["Mopti", "Mopti", 14.484, -4.183], ["Tombouctou", "Tombouctou", 16.773, -3.007], ["Gao", "Gao", 16.272, -0.044], ["Sikasso", "Sikasso", 11.317, -5.667]]),
  c("BF", 0, ["fr"], 1, [["Ouagadougou", "Centre", 12.371, -1.52], ["Bobo-Dioulasso", "Hauts-Bassins", 11.178, -4.297], ["Koudougou", "Centre-Ouest", 12.252, -2.363], ["Ouahigouya", "Nord", 13.579, -2.422], ["Fada N'Gourma", "Est", 12.061, 0.358]]),
  c("NE", 1, ["fr"], 1, [["Niamey", "Niamey", 13.512, 2.113], ["Zinder", "Zinder", 13.805, 8.988], ["Maradi", "Maradi", 13.5, 7.102], ["Agadez", "Agadez", 16.974, 7.986], ["Tahoua", "Tahoua", 14.889, 5.267]]),
  c("SN", 0, ["fr"], 1, [["Dakar", "Dakar", 14.716, -17.467], ["Thiès", "Thiès", 14.791, -16.926], ["Saint-Louis", "Saint-Louis", 16.018, -16.489], ["Ziguinchor", "Ziguinchor", 12.565, -16.272], ["Kaolack", "Kaolack", 14.152, -16.073]]),
  c("CM", 1, ["fr", "en"], 1, [["Yaoundé", "Centre", 3.848, 11.502], ["Douala", "Littoral", 4.051, 9.768], ["Garoua", "Nord", 9.301, 13.397], ["Maroua", "Extrême-Nord", 10.591, 14.316], ["Bamenda", "Nord-Ouest", 5.96, 10.146]]),
  c("TD", 1, ["fr", "ar"], 1, [["N'Djamena", "N'Djamena", 12.134, 15.056], ["Moundou", "Logone Occidental", 8.567, 16.084], ["Abéché", "Ouaddaï", 13.829, 20.832], ["Sarh", "Moyen-Chari", 9.143, 18.392], ["Mongo", "Guéra", 12.184, 18.693]]),
  c("CD", 1, ["fr"], 1, [["Kinshasa", "Kinshasa", -4.441, 15.266], ["Lubumbashi", "Haut-Katanga", -11.664, 27.479], ["Goma", "Nord-Kivu", -1.679, 29.222], ["Kisangani", "Tshopo", 0.515, 25.191], ["Bukavu", "Sud-Kivu", -2.508, 28.861]]),
  c("PH", 8, ["en"], 1, [["Manila", "Metro Manila", 14.599, 120.984], ["Quezon City", "Metro Manila", 14.676, 121.044], ["Davao City", "Davao Region", 7.191, 125.455], ["Cebu City", "Central Visayas", 10.316, 123.885], ["Zamboanga City", "Zamboanga Peninsula", 6.921, 122.079]]),
  c("ID", 7, ["en"], 1, [["Jakarta", "DKI Jakarta", -6.208, 106.846], ["Surabaya", "Jawa Timur", -7.258, 112.752], ["Bandung", "Jawa Barat", -6.917, 107.619], ["Medan", "Sumatera Utara", 3.595, 98.672], ["Denpasar", "Bali", -8.65, 115.216]]),
  c("NO", 1, ["en"], 1, [["Oslo", "Oslo", 59.914, 10.752], ["Bergen", "Vestland", 60.391, 5.322], ["Trondheim", "Trøndelag", 63.43, 10.395], ["Stavanger", "Rogaland", 58.97, 5.733], ["Tromsø", "Troms", 69.649, 18.956]]),
  c("SE", 1, ["en"], 1, [["Stockholm", "Stockholms län", 59.329, 18.069], ["Göteborg", "Västra Götalands län", 57.709, 11.975], ["Malmö", "Skåne län", 55.605, 13.004], ["Uppsala", "Uppsala län", 59.859, 17.639], ["Västerås", "Västmanlands län", 59.61, 16.545]]),
  c("DK", 1, ["en"], 1, [["København", "Hovedstaden", 55.676, 12.568], ["Aarhus", "Midtjylland", 56.163, 10.204], ["Odense", "Syddanmark", 55.403, 10.403], ["Aalborg", "Nordjylland", 57.048, 9.919], ["Esbjerg", "Syddanmark", 55.476, 8.459]]),
  c("NL", 1, ["en"], 1, [["Amsterdam", "Noord-Holland", 52.368, 4.904], ["Rotterdam", "Zuid-Holland", 51.924, 4.478], ["Den Haag", "Zuid-Holland", 52.07, 4.3], ["Utrecht", "Utrecht", 52.091, 5.122], ["Eindhoven", "Noord-Brabant", 51.441, 5.47]]),
  c("IT", 1, ["en"], 2, [["Roma", "Lazio", 41.903, 12.496], ["Milano", "Lombardia", 45.464, 9.19], ["Napoli", "Campania", 40.852, 14.268], ["Torino", "Piemonte", 45.07, 7.687], ["Firenze", "Toscana", 43.77, 11.256]]),
  c("GR", 2, ["en"], 1, [["Athina", "Attiki", 37.984, 23.728], ["Thessaloniki", "Central Macedonia", 40.64, 22.944], ["Patra", "Western Greece", 38.246, 21.735], ["Irakleio", "Crete", 35.339, 25.144], ["Larisa", "Thessaly", 39.639, 22.419]]),
  c("PL", 1, ["en"], 1, [["Warszawa", "mazowieckie", 52.23, 21.012], ["Kraków", "małopolskie", 50.065, 19.945], ["Łódź", "łódzkie", 51.759, 19.456], ["Wrocław", "dolnośląskie", 51.108, 17.039], ["Gdańsk", "pomorskie", 54.352, 18.647]]),
];

// ---------------------------------------------------------------------------------------------
// Words, per language

type TypeCode = (typeof SERVICE_TYPE_CODES)[number];

interface Vocab {
  /** Two ways of naming each kind of help. */
  types: Record<string, readonly [string, string]>;
  /** Who the service is for, added to its name. */
  audience: readonly string[];
  /** Whether the audience comes before the kind of help in a name (Turkish, Urdu). */
  audienceFirst?: boolean;
  sentences: readonly string[];
  eligibility: readonly string[];
  /** Organisation name patterns around a made-up name {x}. */
  org: readonly string[];
  orgDescription: string;
  free: string;
  paid: string;
  allDay: string;
  remoteName: string;
  remoteAddress: string;
  /** Street addresses around a house number {n}. */
  streets: readonly string[];
  /** Made-up name parts: syllables, or characters for Chinese. */
  syllables: readonly string[];
  syllablesPerName: number;
  /** Name parts are joined with nothing (Chinese) or capitalised (Latin, Cyrillic). */
  capitalise: boolean;
}

const LATIN = ["al", "bar", "cor", "dal", "en", "fir", "gal", "hen", "is", "jor", "kel", "lum", "mar", "nor", "ol", "pel", "quin", "ros", "sel", "tor", "ul", "ver", "wen", "yl", "zar"];
const CYRILLIC = ["ал", "бар", "вел", "гор", "дан", "ер", "жил", "зор", "ив", "кол", "лам", "мир", "нор", "ол", "пер", "рос", "сев", "тар", "ул", "фир"];
const ARABIC = ["نور", "سلا", "مير", "دان", "رها", "كوث", "زين", "هال", "تال", "رام", "سار", "جود", "وفا", "غيث", "شهد", "ريم", "باس", "نجم", "قمر", "دار"];
const HAN = ["明", "华", "安", "宁", "和", "信", "德", "仁", "光", "恒", "泰", "康", "福", "瑞", "祥", "嘉", "晨", "远", "青", "松"];

const VOCAB: Record<TextLang, Vocab> = {
  en: {
    types: {
      "psychological-support": ["Psychological support", "Trauma counselling and psychological care"],
      "medical-care": ["Medical care and rehabilitation", "Emergency medical care"],
      "legal-aid": ["Legal advice", "Free legal aid and representation"],
      "compensation-claims": ["Help with compensation claims", "Compensation advice"],
      "financial-practical-help": ["Practical and financial help", "Emergency funds and housing help"],
      "peer-support": ["Peer support group", "Survivors' peer support"],
      helpline: ["Helpline", "Support line"],
      "consular-help": ["Consular assistance", "Help for citizens attacked abroad"],
    },
    audience: ["for victims of terrorism", "for survivors and bereaved families", "for victims, families and witnesses"],
    sentences: [
      "We offer confidential psychological support to people affected by a terrorist attack.",
      "Our team of psychologists, lawyers and social workers listens without judgement.",
      "We help you understand your rights and guide you through the criminal proceedings.",
      "Families of the injured and bereaved relatives are welcome.",
      "Appointments can be held in person, by telephone or by video call.",
      "Children and young people receive specialised care.",
      "We work with hospitals, the police and victims' associations so that nobody is left alone.",
      "An interpreter can be arranged on request.",
    ],
    eligibility: [
      "Anyone affected by a terrorist attack, their families and witnesses.",
      "Victims of terrorism living in the area, whatever their nationality.",
      "Adults and children affected by an attack, and bereaved relatives.",
    ],
    org: ["{x} Foundation", "{x} Support Centre", "{x} Victims' Association", "{x} Trust"],
    orgDescription: "A non-profit organisation supporting victims of terrorism and their families.",
    free: "Free of charge",
    paid: "Fee per consultation",
    allDay: "24 hours a day, 7 days a week",
    remoteName: "Telephone and online service",
    remoteAddress: "Remote service – no walk-in",
    streets: ["{n} High Street", "{n} Station Road", "{n} Church Lane", "{n} Park Avenue", "{n} Victoria Road"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  fr: {
    types: {
      "psychological-support": ["Soutien psychologique", "Consultations de psychotraumatologie"],
      "medical-care": ["Soins médicaux et rééducation", "Prise en charge médicale"],
      "legal-aid": ["Aide juridique", "Conseil juridique et accompagnement judiciaire"],
      "compensation-claims": ["Aide aux demandes d'indemnisation", "Accompagnement vers l'indemnisation"],
      "financial-practical-help": ["Aide financière et pratique", "Aide d'urgence et démarches"],
      "peer-support": ["Groupe de parole entre pairs", "Soutien entre victimes"],
      helpline: ["Ligne d'écoute", "Écoute téléphonique"],
      "consular-help": ["Assistance consulaire", "Aide aux ressortissants victimes à l'étranger"],
    },
    audience: ["pour les victimes du terrorisme", "pour les victimes et leurs proches", "pour les blessés, les familles endeuillées et les témoins"],
    sentences: [
      "Nous offrons un soutien psychologique confidentiel aux personnes touchées par un attentat.",
      "Une équipe de psychologues et de juristes vous accueille et vous oriente.",
      "Nous vous aidons à connaître vos droits et à suivre la procédure judiciaire.",
      "Les proches des blessés et les familles endeuillées sont les bienvenus.",
      "Un accompagnement juridique gratuit est proposé pour les démarches.",
      "Les rendez-vous ont lieu sur place, par téléphone ou en visioconférence.",
      "Les enfants et les adolescents bénéficient d'une prise en charge adaptée.",
      "Nous travaillons avec les hôpitaux, la police et les associations de victimes.",
    ],
    eligibility: [
      "Toute personne touchée par un attentat, ses proches et les témoins.",
      "Victimes du terrorisme résidant dans la région, quelle que soit leur nationalité.",
      "Adultes et enfants victimes d'un attentat et familles endeuillées.",
    ],
    org: ["Association {x}", "Fondation {x}", "Centre {x} d'aide aux victimes", "Réseau {x}"],
    orgDescription: "Organisme à but non lucratif qui accompagne les victimes du terrorisme et leurs proches.",
    free: "Gratuit",
    paid: "Participation par consultation",
    allDay: "24 heures sur 24, 7 jours sur 7",
    remoteName: "Service par téléphone et en ligne",
    remoteAddress: "Service à distance – pas d'accueil du public",
    streets: ["{n} rue de la République", "{n} avenue Jean-Jaurès", "{n} boulevard Victor-Hugo", "{n} rue de la Paix", "{n} place de la Gare"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  es: {
    types: {
      "psychological-support": ["Apoyo psicológico", "Atención psicológica al trauma"],
      "medical-care": ["Atención médica y rehabilitación", "Asistencia sanitaria"],
      "legal-aid": ["Asesoramiento jurídico", "Asistencia jurídica gratuita"],
      "compensation-claims": ["Ayuda con las indemnizaciones", "Orientación sobre ayudas e indemnizaciones"],
      "financial-practical-help": ["Ayuda económica y práctica", "Ayudas de emergencia y vivienda"],
      "peer-support": ["Grupo de apoyo mutuo", "Apoyo entre víctimas"],
      helpline: ["Línea de ayuda", "Teléfono de atención"],
      "consular-help": ["Asistencia consular", "Atención a ciudadanos afectados en el extranjero"],
    },
    audience: ["para víctimas del terrorismo", "para víctimas y sus familias", "para heridos, familiares y testigos"],
    sentences: [
      "Ofrecemos apoyo psicológico confidencial a las personas afectadas por un atentado.",
      "Un equipo de psicólogas, abogados y trabajadores sociales le acompaña.",
      "Le ayudamos a conocer sus derechos y a participar en el proceso penal.",
      "Los familiares de los heridos y de los fallecidos también reciben apoyo.",
      "Las citas pueden ser presenciales, por teléfono o por videollamada.",
      "Los niños y adolescentes reciben una atención especializada.",
      "Colaboramos con hospitales, la policía y otras asociaciones de víctimas.",
      "Se puede solicitar un intérprete.",
    ],
    eligibility: [
      "Víctimas del terrorismo, sus familiares y testigos.",
      "Personas afectadas por un atentado que residan en la zona, sea cual sea su nacionalidad.",
      "Adultos y menores afectados por un atentado y sus familias.",
    ],
    org: ["Asociación {x}", "Fundación {x}", "Centro {x} de atención a víctimas", "Red {x}"],
    orgDescription: "Entidad sin ánimo de lucro que apoya a las víctimas del terrorismo y a sus familias.",
    free: "Gratuito",
    paid: "Tarifa por consulta",
    allDay: "24 horas al día, los 7 días de la semana",
    remoteName: "Atención telefónica y en línea",
    remoteAddress: "Atención a distancia – sin atención presencial",
    streets: ["Calle Mayor {n}", "Avenida de la Constitución {n}", "Calle del Sol {n}", "Plaza de España {n}", "Paseo de la Estación {n}"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  ru: {
    types: {
      "psychological-support": ["Психологическая помощь", "Психологическая поддержка при травме"],
      "medical-care": ["Медицинская помощь и реабилитация", "Неотложная медицинская помощь"],
      "legal-aid": ["Юридическая помощь", "Бесплатная юридическая консультация"],
      "compensation-claims": ["Помощь с получением компенсации", "Консультации по компенсациям"],
      "financial-practical-help": ["Финансовая и практическая помощь", "Срочная материальная помощь"],
      "peer-support": ["Группа взаимной поддержки", "Поддержка от людей с похожим опытом"],
      helpline: ["Горячая линия", "Линия поддержки"],
      "consular-help": ["Консульская помощь", "Помощь гражданам, пострадавшим за рубежом"],
    },
    audience: ["для пострадавших от терроризма", "для пострадавших и их семей", "для раненых, родственников погибших и свидетелей"],
    sentences: [
      "Мы оказываем конфиденциальную психологическую помощь людям, пострадавшим от теракта.",
      "С вами работают психологи, юристы и социальные работники.",
      "Мы помогаем разобраться в ваших правах и сопровождаем в уголовном процессе.",
      "Помощь получают также родственники раненых и погибших.",
      "Консультации проходят очно, по телефону или по видеосвязи.",
      "Для детей и подростков есть специальные программы.",
      "Мы сотрудничаем с больницами, полицией и объединениями пострадавших.",
      "По запросу предоставляется переводчик.",
    ],
    eligibility: [
      "Пострадавшие от терактов, их родственники и свидетели.",
      "Жители региона, пострадавшие от теракта, независимо от гражданства.",
      "Взрослые и дети, пострадавшие от теракта, и семьи погибших.",
    ],
    org: ["Фонд «{x}»", "Центр помощи пострадавшим «{x}»", "Ассоциация «{x}»", "Объединение «{x}»"],
    orgDescription: "Некоммерческая организация, которая помогает пострадавшим от терроризма и их семьям.",
    free: "Бесплатно",
    paid: "Оплата за консультацию",
    allDay: "Круглосуточно, без выходных",
    remoteName: "Помощь по телефону и онлайн",
    remoteAddress: "Дистанционная помощь – без личного приёма",
    streets: ["ул. Ленина, д. {n}", "ул. Садовая, д. {n}", "пр. Мира, д. {n}", "ул. Советская, д. {n}", "ул. Школьная, д. {n}"],
    syllables: CYRILLIC,
    syllablesPerName: 3,
    capitalise: true,
  },
  zh: {
    types: {
      "psychological-support": ["心理支持", "心理创伤咨询"],
      "medical-care": ["医疗护理和康复", "紧急医疗救治"],
      "legal-aid": ["法律援助", "免费法律咨询"],
      "compensation-claims": ["赔偿申请协助", "赔偿和补助咨询"],
      "financial-practical-help": ["经济和实际帮助", "紧急救助和住房帮助"],
      "peer-support": ["同伴支持小组", "幸存者互助"],
      helpline: ["求助热线", "支持热线"],
      "consular-help": ["领事协助", "海外遇袭公民协助"],
    },
    audience: ["（面向恐怖袭击受害者）", "（面向受害者及其家属）", "（面向伤者、遇难者家属和目击者）"],
    sentences: [
      "我们为受恐怖袭击影响的人提供保密的心理支持。",
      "由心理咨询师、律师和社会工作者组成的团队为您服务。",
      "我们帮助您了解自己的权利，并陪同您参与刑事诉讼。",
      "伤者和遇难者的家属同样可以获得帮助。",
      "可以面谈，也可以通过电话或视频咨询。",
      "为儿童和青少年提供专门的服务。",
      "我们与医院、警方和受害者协会密切合作。",
      "可根据需要安排翻译。",
    ],
    eligibility: ["恐怖袭击受害者、其家属和目击者。", "居住在本地区的受害者，不论国籍。", "受袭击影响的成人和儿童以及遇难者家属。"],
    org: ["{x}受害者协会", "{x}援助中心", "{x}基金会", "{x}互助会"],
    orgDescription: "为恐怖袭击受害者及其家属提供帮助的非营利机构。",
    free: "免费",
    paid: "按次收费",
    allDay: "全天24小时，每周7天",
    remoteName: "电话和在线服务",
    remoteAddress: "远程服务，不接待来访",
    streets: ["人民路{n}号", "解放路{n}号", "中山路{n}号", "建设路{n}号", "和平街{n}号"],
    syllables: HAN,
    syllablesPerName: 2,
    capitalise: false,
  },
  ar: {
    types: {
      "psychological-support": ["الدعم النفسي", "العلاج النفسي للصدمات"],
      "medical-care": ["الرعاية الطبية وإعادة التأهيل", "الرعاية الطبية الطارئة"],
      "legal-aid": ["المساعدة القانونية", "الاستشارة القانونية المجانية"],
      "compensation-claims": ["المساعدة في طلبات التعويض", "الإرشاد بشأن التعويضات"],
      "financial-practical-help": ["المساعدة المالية والعملية", "مساعدات طارئة وسكن"],
      "peer-support": ["مجموعة دعم الأقران", "الدعم بين الناجين"],
      helpline: ["خط المساعدة", "خط الدعم"],
      "consular-help": ["المساعدة القنصلية", "مساعدة المواطنين المتضررين في الخارج"],
    },
    audience: ["لضحايا الإرهاب", "للضحايا وأسرهم", "للمصابين وأسر الضحايا والشهود"],
    sentences: [
      "نقدم دعماً نفسياً سرياً للأشخاص المتضررين من هجوم إرهابي.",
      "يستقبلكم فريق من الأخصائيين النفسيين والمحامين والمرشدين الاجتماعيين.",
      "نساعدكم على معرفة حقوقكم ونرافقكم خلال الإجراءات القضائية.",
      "تحصل أسر المصابين والضحايا أيضاً على الدعم.",
      "تتم المواعيد حضورياً أو بالهاتف أو عبر مكالمة فيديو.",
      "يتلقى الأطفال والشباب رعاية متخصصة.",
      "نتعاون مع المستشفيات والشرطة وجمعيات الضحايا.",
      "يمكن توفير مترجم عند الطلب.",
    ],
    eligibility: ["ضحايا الهجمات الإرهابية وأسرهم والشهود.", "المتضررون المقيمون في المنطقة أياً كانت جنسيتهم.", "البالغون والأطفال المتضررون من هجوم وأسر الضحايا."],
    org: ["جمعية {x}", "مؤسسة {x}", "مركز {x} لدعم الضحايا", "شبكة {x}"],
    orgDescription: "منظمة غير ربحية تساعد ضحايا الإرهاب وأسرهم.",
    free: "مجاناً",
    paid: "رسوم لكل استشارة",
    allDay: "على مدار 24 ساعة، سبعة أيام في الأسبوع",
    remoteName: "خدمة هاتفية وعبر الإنترنت",
    remoteAddress: "خدمة عن بعد – لا استقبال للجمهور",
    streets: ["{n} شارع الجمهورية", "{n} شارع الاستقلال", "{n} شارع النصر", "{n} شارع الحرية", "{n} شارع المحطة"],
    syllables: ARABIC,
    syllablesPerName: 2,
    capitalise: false,
  },
  de: {
    types: {
      "psychological-support": ["Psychologische Unterstützung", "Traumaberatung und Psychotherapie"],
      "medical-care": ["Medizinische Versorgung und Rehabilitation", "Medizinische Notversorgung"],
      "legal-aid": ["Rechtsberatung", "Kostenlose Rechtshilfe"],
      "compensation-claims": ["Hilfe bei Entschädigungsanträgen", "Beratung zu Entschädigung"],
      "financial-practical-help": ["Finanzielle und praktische Hilfe", "Soforthilfe und Wohnungshilfe"],
      "peer-support": ["Selbsthilfegruppe", "Austausch unter Betroffenen"],
      helpline: ["Hilfetelefon", "Krisentelefon"],
      "consular-help": ["Konsularische Hilfe", "Hilfe für im Ausland betroffene Staatsangehörige"],
    },
    audience: ["für Opfer von Terrorismus", "für Betroffene und Angehörige", "für Verletzte, Hinterbliebene und Zeugen"],
    sentences: [
      "Wir bieten vertrauliche psychologische Beratung für Menschen, die von einem Anschlag betroffen sind.",
      "Ein Team aus Psychologinnen, Juristen und Sozialarbeitern begleitet Sie.",
      "Wir erklären Ihre Rechte und begleiten Sie im Strafverfahren.",
      "Auch Angehörige von Verletzten und Hinterbliebene erhalten Unterstützung.",
      "Termine finden vor Ort, telefonisch oder per Videoanruf statt.",
      "Kinder und Jugendliche erhalten spezialisierte Betreuung.",
      "Wir arbeiten mit Krankenhäusern, der Polizei und Opferverbänden zusammen.",
      "Auf Wunsch wird eine Dolmetscherin organisiert.",
    ],
    eligibility: [
      "Alle, die von einem Anschlag betroffen sind, ihre Angehörigen und Zeugen.",
      "Opfer von Terrorismus in der Region, unabhängig von der Staatsangehörigkeit.",
      "Erwachsene und Kinder nach einem Anschlag sowie Hinterbliebene.",
    ],
    org: ["Stiftung {x}", "Verein {x} für Opferhilfe", "{x} Beratungszentrum", "Netzwerk {x}"],
    orgDescription: "Gemeinnützige Organisation, die Opfer von Terrorismus und ihre Angehörigen unterstützt.",
    free: "Kostenlos",
    paid: "Gebühr pro Beratung",
    allDay: "Rund um die Uhr, 7 Tage die Woche",
    remoteName: "Telefon- und Onlineberatung",
    remoteAddress: "Beratung aus der Ferne – kein Publikumsverkehr",
    streets: ["Hauptstraße {n}", "Bahnhofstraße {n}", "Schillerstraße {n}", "Gartenweg {n}", "Lindenallee {n}"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  pt: {
    types: {
      "psychological-support": ["Apoio psicológico", "Acompanhamento psicológico do trauma"],
      "medical-care": ["Cuidados médicos e reabilitação", "Atendimento médico de urgência"],
      "legal-aid": ["Apoio jurídico", "Aconselhamento jurídico gratuito"],
      "compensation-claims": ["Ajuda com pedidos de indemnização", "Orientação sobre indemnizações"],
      "financial-practical-help": ["Ajuda financeira e prática", "Apoio de emergência e habitação"],
      "peer-support": ["Grupo de apoio mútuo", "Apoio entre sobreviventes"],
      helpline: ["Linha de apoio", "Linha de ajuda"],
      "consular-help": ["Assistência consular", "Apoio a cidadãos afetados no estrangeiro"],
    },
    audience: ["para vítimas de terrorismo", "para vítimas e familiares", "para feridos, famílias enlutadas e testemunhas"],
    sentences: [
      "Oferecemos apoio psicológico confidencial a pessoas afetadas por um atentado.",
      "Uma equipa de psicólogos, juristas e assistentes sociais acompanha-o.",
      "Ajudamos a conhecer os seus direitos e acompanhamos o processo penal.",
      "Os familiares dos feridos e das vítimas mortais também recebem apoio.",
      "As consultas podem ser presenciais, por telefone ou por videochamada.",
      "Crianças e jovens recebem acompanhamento especializado.",
      "Trabalhamos com hospitais, a polícia e associações de vítimas.",
      "Pode ser pedido um intérprete.",
    ],
    eligibility: [
      "Vítimas de terrorismo, os seus familiares e testemunhas.",
      "Pessoas afetadas por um atentado que vivam na região, seja qual for a nacionalidade.",
      "Adultos e crianças afetados por um atentado e famílias enlutadas.",
    ],
    org: ["Associação {x}", "Fundação {x}", "Centro {x} de Apoio à Vítima", "Rede {x}"],
    orgDescription: "Organização sem fins lucrativos que apoia vítimas de terrorismo e as suas famílias.",
    free: "Gratuito",
    paid: "Valor por consulta",
    allDay: "24 horas por dia, 7 dias por semana",
    remoteName: "Atendimento telefónico e online",
    remoteAddress: "Atendimento à distância – sem atendimento presencial",
    streets: ["Rua Direita {n}", "Avenida da Liberdade {n}", "Rua das Flores {n}", "Praça da República {n}", "Rua da Estação {n}"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  tr: {
    types: {
      "psychological-support": ["Psikolojik destek", "Travma danışmanlığı ve psikolojik destek"],
      "medical-care": ["Tıbbi bakım ve rehabilitasyon", "Acil tıbbi bakım"],
      "legal-aid": ["Hukuki yardım", "Ücretsiz hukuki danışmanlık"],
      "compensation-claims": ["Tazminat başvurularına yardım", "Tazminat danışmanlığı"],
      "financial-practical-help": ["Maddi ve pratik yardım", "Acil yardım ve barınma desteği"],
      "peer-support": ["Akran destek grubu", "Hayatta kalanlar arası dayanışma"],
      helpline: ["Yardım hattı", "Destek hattı"],
      "consular-help": ["Konsolosluk yardımı", "Yurt dışında saldırıya uğrayan vatandaşlara yardım"],
    },
    audience: ["Terör mağdurları için", "Mağdurlar ve aileleri için", "Yaralılar, yakınlarını kaybedenler ve tanıklar için"],
    audienceFirst: true,
    sentences: [
      "Terör saldırısından etkilenen kişilere gizlilik içinde psikolojik destek sunuyoruz.",
      "Psikolog, avukat ve sosyal hizmet uzmanlarından oluşan ekibimiz size eşlik eder.",
      "Haklarınızı öğrenmenize yardım ediyor, ceza davası sürecinde yanınızda oluyoruz.",
      "Yaralıların ve hayatını kaybedenlerin aileleri de destek alır.",
      "Görüşmeler yüz yüze, telefonla veya görüntülü arama ile yapılabilir.",
      "Çocuklar ve gençler için özel destek verilir.",
      "Hastaneler, polis ve mağdur dernekleriyle birlikte çalışıyoruz.",
      "İstek üzerine tercüman sağlanabilir.",
    ],
    eligibility: [
      "Terör saldırısından etkilenen herkes, aileleri ve tanıklar.",
      "Bölgede yaşayan terör mağdurları, uyrukları ne olursa olsun.",
      "Saldırıdan etkilenen yetişkinler, çocuklar ve yakınlarını kaybedenler.",
    ],
    org: ["{x} Vakfı", "{x} Derneği", "{x} Mağdur Destek Merkezi", "{x} Dayanışma Ağı"],
    orgDescription: "Terör mağdurlarına ve ailelerine destek veren kâr amacı gütmeyen bir kuruluş.",
    free: "Ücretsiz",
    paid: "Görüşme başına ücret",
    allDay: "Haftanın 7 günü, 24 saat",
    remoteName: "Telefon ve çevrim içi hizmet",
    remoteAddress: "Uzaktan hizmet – yüz yüze kabul yok",
    streets: ["Atatürk Caddesi No: {n}", "İstasyon Sokak No: {n}", "Cumhuriyet Caddesi No: {n}", "Bahçe Sokak No: {n}", "Gül Sokak No: {n}"],
    syllables: LATIN,
    syllablesPerName: 3,
    capitalise: true,
  },
  ur: {
    types: {
      "psychological-support": ["نفسیاتی مدد", "صدمے کے لیے نفسیاتی مشاورت"],
      "medical-care": ["طبی دیکھ بھال اور بحالی", "ہنگامی طبی امداد"],
      "legal-aid": ["قانونی مدد", "مفت قانونی مشورہ"],
      "compensation-claims": ["معاوضے کی درخواستوں میں مدد", "معاوضے کے بارے میں رہنمائی"],
      "financial-practical-help": ["مالی اور عملی مدد", "ہنگامی امداد اور رہائش"],
      "peer-support": ["ہم مرتبہ معاونت گروپ", "متاثرین کے باہمی تعاون کا گروپ"],
      helpline: ["ہیلپ لائن", "مدد کی لائن"],
      "consular-help": ["قونصلر مدد", "بیرون ملک متاثرہ شہریوں کی مدد"],
    },
    audience: ["دہشت گردی کے متاثرین کے لیے", "متاثرین اور ان کے خاندانوں کے لیے", "زخمیوں، سوگوار خاندانوں اور گواہوں کے لیے"],
    audienceFirst: true,
    sentences: [
      "ہم دہشت گردانہ حملے سے متاثرہ افراد کو رازدارانہ نفسیاتی مدد فراہم کرتے ہیں۔",
      "ماہرین نفسیات، وکلاء اور سماجی کارکنوں کی ٹیم آپ کی مدد کرتی ہے۔",
      "ہم آپ کو آپ کے حقوق سمجھاتے ہیں اور عدالتی کارروائی میں ساتھ دیتے ہیں۔",
      "زخمیوں اور جاں بحق افراد کے اہل خانہ کو بھی مدد ملتی ہے۔",
      "ملاقات ذاتی طور پر، فون پر یا ویڈیو کال کے ذریعے ہو سکتی ہے۔",
      "بچوں اور نوجوانوں کے لیے خصوصی نگہداشت دستیاب ہے۔",
      "ہم ہسپتالوں، پولیس اور متاثرین کی تنظیموں کے ساتھ کام کرتے ہیں۔",
      "درخواست پر مترجم کا انتظام کیا جا سکتا ہے۔",
    ],
    eligibility: [
      "دہشت گردی کے حملے سے متاثرہ ہر فرد، ان کے اہل خانہ اور گواہ۔",
      "علاقے میں رہنے والے متاثرین، چاہے ان کی قومیت کچھ بھی ہو۔",
      "حملے سے متاثرہ بالغ افراد، بچے اور سوگوار خاندان۔",
    ],
    org: ["{x} فاؤنڈیشن", "{x} ویلفیئر سوسائٹی", "{x} مرکز برائے متاثرین", "{x} نیٹ ورک"],
    orgDescription: "ایک غیر منافع بخش تنظیم جو دہشت گردی کے متاثرین اور ان کے خاندانوں کی مدد کرتی ہے۔",
    free: "مفت",
    paid: "فی مشاورت فیس",
    allDay: "ہفتے کے ساتوں دن، چوبیس گھنٹے",
    remoteName: "فون اور آن لائن سروس",
    remoteAddress: "دور سے سروس – دفتر میں ملاقات نہیں",
    streets: ["مکان نمبر {n}، مال روڈ", "{n} جناح روڈ", "{n} اسٹیشن روڈ", "{n} گلشن روڈ", "{n} ایمپریس روڈ"],
    syllables: ARABIC,
    syllablesPerName: 2,
    capitalise: false,
  },
};

/** Languages a service may also be offered in, English most often. */
const SPOKEN: readonly TextLang[] = ["en", "en", "en", "fr", "ar", "es", "ru", "zh", "de", "pt", "tr", "ur"];

const WEEKDAYS = "MO,TU,WE,TH,FR";
const SUN_TO_THU = "SU,MO,TU,WE,TH";
const ALL_DAYS = "MO,TU,WE,TH,FR,SA,SU";
const OFFICE_HOURS: readonly [string, string][] = [["09:00", "17:00"], ["08:30", "16:30"], ["10:00", "18:00"], ["09:00", "13:00"]];

// ---------------------------------------------------------------------------------------------
// Randomness and ids

/** mulberry32: a tiny, fast, seeded 32-bit PRNG; plenty for synthetic data. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
}

/** ASCII codes of the two hex digits of each byte. */
const HEX_HI = new Uint8Array(256);
const HEX_LO = new Uint8Array(256);
for (let i = 0; i < 256; i++) {
  const h = i.toString(16).padStart(2, "0");
  HEX_HI[i] = h.charCodeAt(0);
  HEX_LO[i] = h.charCodeAt(1);
}
/** Byte offsets of the 16 bytes in a UUID's 36 characters (after the dashes). */
const UUID_AT = [0, 2, 4, 6, 9, 11, 14, 16, 19, 21, 24, 26, 28, 30, 32, 34];

interface Rng {
  /** [0, 1) */
  next(): number;
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
  chance(p: number): boolean;
  /** A random UUID in version 4 format. */
  uuid(): string;
}

function createRng(seed: number): Rng {
  const u32 = mulberry32(seed);
  // One flat string per id: concatenating 16 hex pieces would leave millions of rope nodes for the GC.
  const buf = Buffer.from("00000000-0000-0000-0000-000000000000", "latin1");
  const bytes = new Uint8Array(16);
  const rng: Rng = {
    next: () => u32() / 4294967296,
    int: (n) => Math.floor(rng.next() * n),
    pick: (list) => list[Math.floor(rng.next() * list.length)]!,
    chance: (p) => rng.next() < p,
    uuid() {
      for (let i = 0; i < 16; i += 4) {
        const v = u32();
        bytes[i] = v >>> 24;
        bytes[i + 1] = (v >>> 16) & 255;
        bytes[i + 2] = (v >>> 8) & 255;
        bytes[i + 3] = v & 255;
      }
      bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
      bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
      for (let i = 0; i < 16; i++) {
        const b = bytes[i]!;
        buf[UUID_AT[i]!] = HEX_HI[b]!;
        buf[UUID_AT[i]! + 1] = HEX_LO[b]!;
      }
      return buf.toString("latin1");
    },
  };
  return rng;
}

// ---------------------------------------------------------------------------------------------
// Lookups computed once

const languageNames = new Map<string, string>();
function languageName(code: string, inLang: TextLang): string {
  const key = `${inLang}:${code}`;
  let name = languageNames.get(key);
  if (name === undefined) {
    const raw = new Intl.DisplayNames([inLang], { type: "language" }).of(code) ?? code;
    name = raw.charAt(0).toLocaleUpperCase(inLang) + raw.slice(1);
    languageNames.set(key, name);
  }
  return name;
}

const regionNames = new Map<string, string>();
function regionName(code: string, inLang: TextLang): string {
  const key = `${inLang}:${code}`;
  let name = regionNames.get(key);
  if (name === undefined) {
    name = new Intl.DisplayNames([inLang], { type: "region" }).of(code) ?? code;
    regionNames.set(key, name);
  }
  return name;
}

/** Countries repeated by weight, so picking one uniformly gives the weighted share. */
const WEIGHTED_COUNTRIES: readonly BenchCountry[] = BENCH_COUNTRIES.flatMap((country) => Array<BenchCountry>(country.weight).fill(country));
/** The first city of each country (usually the capital or the largest) holds more services. */
const CITY_WEIGHTS = [0, 0, 0, 1, 1, 2, 3, 4];

const TYPE_CODES = SERVICE_TYPE_CODES as readonly TypeCode[];
const TERM_ID = new Map(TYPE_CODES.map((code) => [code, TERM_BY_CODE.get(code)!.id]));

const fill = (template: string, key: "{x}" | "{n}", value: string) => template.replace(key, value);

function madeUpName(rng: Rng, v: Vocab): string {
  let name = "";
  for (let i = 0; i < v.syllablesPerName; i++) name += rng.pick(v.syllables);
  return v.capitalise ? name.charAt(0).toLocaleUpperCase() + name.slice(1) : name;
}

// ---------------------------------------------------------------------------------------------
// Records

type HsdsObject = Record<string, unknown>;

interface Org {
  record: HsdsObject;
  id: string;
  /** The made-up word in its name: rare in the directory, so a good "few matches" search. */
  word: string;
  country: BenchCountry;
  lang: TextLang;
  home: BenchCity;
  index: number;
}

function buildOrganization(rng: Rng, index: number): Org {
  const country = rng.pick(WEIGHTED_COUNTRIES);
  const lang = rng.chance(0.8) ? country.langs[0]! : rng.pick(country.langs);
  const v = VOCAB[lang];
  const word = madeUpName(rng, v);
  const id = rng.uuid();
  const host = `org-${index}.example.org`;
  const record: HsdsObject = {
    id,
    name: fill(rng.pick(v.org), "{x}", word),
    alternate_name: word,
    description: v.orgDescription,
    email: `contact@${host}`,
    website: `https://${host}/`,
    year_incorporated: 1980 + rng.int(45),
  };
  // About one organisation in twenty is an association of victims and their families.
  if (rng.chance(0.05)) {
    record.attributes = [
      { id: rng.uuid(), link_id: id, taxonomy_term_id: ASSOCIATION_TERM.id, link_type: "organization_type", link_entity: "organization" },
    ];
  }
  return { record, id, word, country, lang, home: country.cities[rng.pick(CITY_WEIGHTS)]!, index };
}

function buildLocation(rng: Rng, org: Org, v: Vocab, city: BenchCity, virtual: boolean): HsdsObject {
  const id = rng.uuid();
  const [cityName, region, lat, lon] = city;
  const postal = String(10000 + rng.int(89999));
  if (virtual) {
    return {
      id,
      location_type: "virtual",
      url: `https://org-${org.index}.example.org/online`,
      organization_id: org.id,
      name: v.remoteName,
      addresses: [
        { id: rng.uuid(), location_id: id, address_1: v.remoteAddress, city: cityName, state_province: region, postal_code: postal, country: org.country.code, address_type: "virtual" },
      ],
    };
  }
  const location: HsdsObject = {
    id,
    location_type: "physical",
    organization_id: org.id,
    name: `${org.record.name as string} – ${cityName}`,
    // About ±4 km around the city centre.
    latitude: Math.round((lat + (rng.next() - 0.5) * 0.08) * 1e5) / 1e5,
    longitude: Math.round((lon + (rng.next() - 0.5) * 0.08) * 1e5) / 1e5,
    addresses: [
      {
        id: rng.uuid(),
        location_id: id,
        address_1: fill(rng.pick(v.streets), "{n}", String(1 + rng.int(180))),
        city: cityName,
        state_province: region,
        postal_code: postal,
        country: org.country.code,
        address_type: "physical",
      },
    ],
  };
  if (rng.chance(0.4)) {
    location.accessibility = [{ id: rng.uuid(), location_id: id, description: "Step-free entrance, lift and accessible toilet." }];
    location.attributes = [{ id: rng.uuid(), link_id: id, taxonomy_term_id: WHEELCHAIR_TERM.id, link_type: "accessibility", link_entity: "location" }];
  }
  return location;
}

function buildService(rng: Rng, org: Org, index: number): HsdsObject {
  const id = rng.uuid();
  // Most services are written in their organisation's language; a few in English for visitors.
  const lang: TextLang = org.lang !== "en" && rng.chance(0.1) ? "en" : org.lang;
  const v = VOCAB[lang];
  const remote = rng.chance(0.25);

  const types: TypeCode[] = [];
  if (remote && rng.chance(0.6)) types.push("helpline");
  const typeCount = 1 + (rng.chance(0.45) ? 1 : 0) + (rng.chance(0.15) ? 1 : 0);
  while (types.length < typeCount) {
    const t = rng.pick(TYPE_CODES);
    if (!types.includes(t)) types.push(t);
  }

  const kind = v.types[types[0]!]![rng.int(2)]!;
  const audience = rng.pick(v.audience);
  const name = v.audienceFirst ? `${audience} ${kind.charAt(0).toLocaleLowerCase(lang) + kind.slice(1)}` : lang === "zh" ? `${kind}${audience}` : `${kind} ${audience}`;
  const space = lang === "zh" ? "" : " ";
  const stop = lang === "zh" ? "。" : lang === "ur" ? "۔" : ".";
  const second = types[1] ? v.types[types[1]]![rng.int(2)]! : null;
  const s1 = rng.int(v.sentences.length);
  const s2 = (s1 + 1 + rng.int(v.sentences.length - 1)) % v.sentences.length;
  const description = [v.sentences[s1], second ? second + stop : null, v.sentences[s2]].filter(Boolean).join(space);

  const languages: string[] = [lang];
  const extra = rng.chance(0.5) ? (rng.chance(0.3) ? 2 : 1) : 0;
  for (let i = 0; i < extra; i++) {
    const l = rng.pick(SPOKEN);
    if (!languages.includes(l)) languages.push(l);
  }

  const tz = org.country.tz;
  let schedules: HsdsObject[];
  const hoursRoll = rng.next();
  if (hoursRoll < 0.2) {
    schedules = [{ id: rng.uuid(), service_id: id, timezone: tz, freq: "WEEKLY", byday: ALL_DAYS, opens_at: "00:00", closes_at: "23:59", description: v.allDay }];
  } else if (hoursRoll < 0.9) {
    const [opens, closes] = rng.pick(OFFICE_HOURS);
    schedules = [{ id: rng.uuid(), service_id: id, timezone: tz, freq: "WEEKLY", byday: org.country.sunToThu ? SUN_TO_THU : WEEKDAYS, opens_at: opens, closes_at: closes }];
    if (rng.chance(0.2)) schedules.push({ id: rng.uuid(), service_id: id, timezone: tz, freq: "WEEKLY", byday: "SA", opens_at: "10:00", closes_at: "13:00" });
  } else {
    schedules = [];
  }

  const costRoll = rng.next();
  const costs: HsdsObject[] =
    costRoll < 0.3
      ? [{ id: rng.uuid(), service_id: id, option: v.free, amount: 0 }]
      : costRoll < 0.65
        ? [{ id: rng.uuid(), service_id: id, option: v.paid, amount: 10 * (2 + rng.int(9)), currency: "USD" }]
        : [];

  const cities = org.country.cities;
  const places: BenchCity[] = [org.home];
  if (rng.chance(0.3)) places.push(cities[(cities.indexOf(org.home) + 1 + rng.int(cities.length - 1)) % cities.length]!);
  const locations = places.map((city, i) => buildLocation(rng, org, v, city, remote && i === 0));

  const service: HsdsObject = {
    id,
    organization_id: org.id,
    name,
    description,
    url: `https://org-${org.index}.example.org/services/${index}`,
    email: `help-${index}@org-${org.index}.example.org`,
    status: "active",
    ...(costs.length ? { fees_description: costs[0]!.option } : {}),
    eligibility_description: rng.pick(v.eligibility),
    last_modified: new Date(Date.UTC(2024, 0, 1) + rng.int(900) * 86_400_000).toISOString(),
    phones: [{ id: rng.uuid(), service_id: id, number: `0${100 + rng.int(900)} ${100 + rng.int(900)} ${1000 + rng.int(9000)}`, type: "voice" }],
    schedules,
    ...(remote ? { service_areas: [{ id: rng.uuid(), service_id: id, name: regionName(org.country.code, lang), extent_type: "country" }] } : {}),
    service_at_locations: locations.map((location) => ({ id: rng.uuid(), service_id: id, location_id: location.id, location })),
    languages: languages.map((code) => ({ id: rng.uuid(), service_id: id, name: languageName(code, lang), code })),
    organization: org.record,
    cost_options: costs,
    attributes: types.map((code) => ({ id: rng.uuid(), link_id: id, taxonomy_term_id: TERM_ID.get(code)!, link_type: "service_type", link_entity: "service" })),
  };
  return service;
}

/**
 * `count` fully nested HSDS 3.0 services, the same for the same seed. Organisations are shared by
 * about four services each (the same object, so serialising repeats it, as an HSDS API does).
 */
export function generateServices(count: number, seed = 1): object[] {
  const rng = createRng(seed);
  const out: object[] = new Array<object>(count);
  let org: Org | null = null;
  let left = 0;
  let orgs = 0;
  for (let i = 0; i < count; i++) {
    if (left === 0 || !org) {
      org = buildOrganization(rng, orgs++);
      left = 1 + rng.int(7); // 1–7 services, about 4 on average
    }
    out[i] = buildService(rng, org, i);
    left--;
  }
  return out;
}

/**
 * The made-up word in a generated service's organisation name (also its alternate_name): a search
 * that matches few services.
 */
export function rareWordOf(service: object): string {
  const org = (service as { organization?: { alternate_name?: unknown } }).organization;
  return typeof org?.alternate_name === "string" ? org.alternate_name : "";
}
