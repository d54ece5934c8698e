import { describe, expect, it } from "vitest";
import {
  createNameSet,
  createNameSetFromWords,
  deriveResourceNames,
  escapeIdentifier,
  GO_RESERVED,
  isUncountable,
  JAVA_LANG_TYPES,
  JAVA_RESERVED,
  type Language,
  normalizeNameKey,
  PYTHON_RESERVED,
  pluralizeWord,
  pluralizeWords,
  SQL_RESERVED,
  splitWords,
  TYPESCRIPT_RESERVED,
  toCamelCase,
  toFlatCase,
  toGoIdentifier,
  toGoLocalIdentifier,
  toGoModulePath,
  toGoPackageName,
  toJavaIdentifier,
  toJavaPackage,
  toJavaTypeName,
  toKebabCase,
  toPascalCase,
  toPythonIdentifier,
  toPythonPackage,
  toScreamingSnakeCase,
  toSnakeCase,
  toSqlIdentifier,
  toTitleCase,
  toTypeScriptIdentifier,
} from "../../src/naming/index.js";

describe("splitWords", () => {
  it.each<[string, string[]]>([
    ["OrderItem", ["order", "item"]],
    ["orderItem", ["order", "item"]],
    ["order_item", ["order", "item"]],
    ["order-item", ["order", "item"]],
    ["ORDER_ITEM", ["order", "item"]],
    ["order item", ["order", "item"]],
    ["  Order   Item  ", ["order", "item"]],
    ["order.item", ["order", "item"]],
    ["APIKey", ["api", "key"]],
    ["apiKey", ["api", "key"]],
    ["userID", ["user", "id"]],
    ["userId", ["user", "id"]],
    ["userIDs", ["user", "ids"]],
    ["HTTPServer2", ["http", "server2"]],
    ["HTTP2Server", ["http2", "server"]],
    ["HTTPSServer", ["https", "server"]],
    ["parseJSONBody", ["parse", "json", "body"]],
    ["XMLHttpRequest", ["xml", "http", "request"]],
    ["UTF8Encoder", ["utf8", "encoder"]],
    ["utf8Encoder", ["utf8", "encoder"]],
    ["line1", ["line1"]],
    ["addressLine2", ["address", "line2"]],
    ["address_line_2", ["address", "line", "2"]],
    ["v2", ["v2"]],
    ["X", ["x"]],
    ["x", ["x"]],
    ["ID", ["id"]],
    ["already", ["already"]],
    ["café", ["cafe"]],
    ["", []],
    ["__", []],
  ])("%j → %j", (input, expected) => {
    expect(splitWords(input)).toEqual(expected);
  });
});

describe("case conversions", () => {
  it.each<[string, string, string, string, string, string, string, string]>([
    // input, pascal, camel, snake, kebab, screaming, flat, title
    [
      "order-item",
      "OrderItem",
      "orderItem",
      "order_item",
      "order-item",
      "ORDER_ITEM",
      "orderitem",
      "Order Item",
    ],
    [
      "OrderItem",
      "OrderItem",
      "orderItem",
      "order_item",
      "order-item",
      "ORDER_ITEM",
      "orderitem",
      "Order Item",
    ],
    [
      "orderItem",
      "OrderItem",
      "orderItem",
      "order_item",
      "order-item",
      "ORDER_ITEM",
      "orderitem",
      "Order Item",
    ],
    [
      "ORDER_ITEM",
      "OrderItem",
      "orderItem",
      "order_item",
      "order-item",
      "ORDER_ITEM",
      "orderitem",
      "Order Item",
    ],
    ["APIKey", "ApiKey", "apiKey", "api_key", "api-key", "API_KEY", "apikey", "Api Key"],
    ["userID", "UserId", "userId", "user_id", "user-id", "USER_ID", "userid", "User Id"],
    [
      "orders-service",
      "OrdersService",
      "ordersService",
      "orders_service",
      "orders-service",
      "ORDERS_SERVICE",
      "ordersservice",
      "Orders Service",
    ],
    [
      "HTTPServer2",
      "HttpServer2",
      "httpServer2",
      "http_server2",
      "http-server2",
      "HTTP_SERVER2",
      "httpserver2",
      "Http Server2",
    ],
    ["product", "Product", "product", "product", "product", "PRODUCT", "product", "Product"],
    ["X", "X", "x", "x", "x", "X", "x", "X"],
    ["", "", "", "", "", "", "", ""],
  ])("%j", (input, pascal, camel, snake, kebab, screaming, flat, title) => {
    expect(toPascalCase(input)).toBe(pascal);
    expect(toCamelCase(input)).toBe(camel);
    expect(toSnakeCase(input)).toBe(snake);
    expect(toKebabCase(input)).toBe(kebab);
    expect(toScreamingSnakeCase(input)).toBe(screaming);
    expect(toFlatCase(input)).toBe(flat);
    expect(toTitleCase(input)).toBe(title);
  });

  it.each<[(input: string) => string, string, string]>([
    [toPascalCase, "order-item", "OrderItem"],
    [toPascalCase, "APIKey", "ApiKey"],
    [toCamelCase, "APIKey", "apiKey"],
    [toCamelCase, "Order Item", "orderItem"],
    [toSnakeCase, "parseJSONBody", "parse_json_body"],
    [toKebabCase, "parseJSONBody", "parse-json-body"],
    [toScreamingSnakeCase, "createdAt", "CREATED_AT"],
    [toFlatCase, "orders-service", "ordersservice"],
    [toTitleCase, "orderItem", "Order Item"],
  ])("%o(%j) → %j", (convert, input, expected) => {
    expect(convert(input)).toBe(expected);
  });
});

describe("toGoIdentifier", () => {
  it.each<[string, boolean, string]>([
    ["userId", true, "UserID"],
    ["userId", false, "userID"],
    ["apiKey", true, "APIKey"],
    ["apiKey", false, "apiKey"],
    ["urlPath", true, "URLPath"],
    ["urlPath", false, "urlPath"],
    ["id", true, "ID"],
    ["id", false, "id"],
    ["orderItem", true, "OrderItem"],
    ["orderItem", false, "orderItem"],
    ["order_id", true, "OrderID"],
    ["httpServer", true, "HTTPServer"],
    ["parseJSONBody", false, "parseJSONBody"],
    ["user_ids", true, "UserIDs"],
    ["utf8Name", true, "UTF8Name"],
    ["http2Client", true, "HTTP2Client"],
    ["ipAddress", false, "ipAddress"],
    ["sourceIp", false, "sourceIP"],
    ["uuid", true, "UUID"],
    ["createdAt", true, "CreatedAt"],
    ["xmlHttpRequest", true, "XMLHTTPRequest"],
  ])("(%j, %s) → %j", (input, exported, expected) => {
    expect(toGoIdentifier(input, exported)).toBe(expected);
  });
});

describe("pluralizeWord", () => {
  const irregulars: [string, string][] = [
    ["person", "people"],
    ["child", "children"],
    ["man", "men"],
    ["woman", "women"],
    ["mouse", "mice"],
    ["goose", "geese"],
    ["foot", "feet"],
    ["tooth", "teeth"],
    ["ox", "oxen"],
    ["datum", "data"],
    ["medium", "media"],
    ["criterion", "criteria"],
    ["phenomenon", "phenomena"],
    ["analysis", "analyses"],
    ["crisis", "crises"],
    ["thesis", "theses"],
    ["diagnosis", "diagnoses"],
    ["basis", "bases"],
    ["axis", "axes"],
    ["index", "indexes"],
    ["matrix", "matrices"],
    ["vertex", "vertices"],
    ["appendix", "appendices"],
    ["cactus", "cacti"],
    ["fungus", "fungi"],
    ["nucleus", "nuclei"],
    ["syllabus", "syllabi"],
    ["alumnus", "alumni"],
    ["leaf", "leaves"],
    ["knife", "knives"],
    ["wife", "wives"],
    ["life", "lives"],
    ["half", "halves"],
    ["wolf", "wolves"],
    ["shelf", "shelves"],
    ["thief", "thieves"],
    ["loaf", "loaves"],
    ["hero", "heroes"],
    ["potato", "potatoes"],
    ["tomato", "tomatoes"],
    ["echo", "echoes"],
    ["veto", "vetoes"],
    ["quiz", "quizzes"],
    ["die", "dice"],
  ];

  it.each(irregulars)("irregular %j → %j", (singular, plural) => {
    expect(pluralizeWord(singular)).toBe(plural);
  });

  it.each(irregulars)("irregular plural of %j (%j) stays plural", (_singular, plural) => {
    expect(pluralizeWord(plural)).toBe(plural);
  });

  it.each([
    ["salesperson", "salespeople"],
    ["chairperson", "chairpeople"],
    ["chairman", "chairmen"],
    ["salesman", "salesmen"],
    ["chairwoman", "chairwomen"],
    ["fireman", "firemen"],
    ["grandchild", "grandchildren"],
    ["human", "humans"],
    ["superhuman", "superhumans"],
    ["german", "germans"],
    ["talisman", "talismans"],
    ["shaman", "shamans"],
    ["caiman", "caimans"],
    ["ottoman", "ottomans"],
    ["roman", "romans"],
  ])("compound %j → %j", (singular, plural) => {
    expect(pluralizeWord(singular)).toBe(plural);
  });

  it.each([
    ["category", "categories"],
    ["company", "companies"],
    ["city", "cities"],
    ["soliloquy", "soliloquies"],
    ["day", "days"],
    ["key", "keys"],
    ["boy", "boys"],
    ["survey", "surveys"],
    ["status", "statuses"],
    ["address", "addresses"],
    ["bus", "buses"],
    ["box", "boxes"],
    ["church", "churches"],
    ["dish", "dishes"],
    ["class", "classes"],
    ["campus", "campuses"],
    ["virus", "viruses"],
    ["bonus", "bonuses"],
    ["alias", "aliases"],
    ["waltz", "waltzes"],
    ["roof", "roofs"],
    ["chief", "chiefs"],
    ["belief", "beliefs"],
    ["proof", "proofs"],
    ["safe", "safes"],
    ["photo", "photos"],
    ["video", "videos"],
    ["radio", "radios"],
    ["zoo", "zoos"],
    ["studio", "studios"],
    ["logo", "logos"],
    ["memo", "memos"],
    ["demo", "demos"],
    ["piano", "pianos"],
    ["synopsis", "synopses"],
    ["product", "products"],
    ["user", "users"],
    ["group", "groups"],
    ["order", "orders"],
    ["item", "items"],
    ["server2", "server2s"],
  ])("rule %j → %j", (singular, plural) => {
    expect(pluralizeWord(singular)).toBe(plural);
  });

  const uncountables = [
    "sheep",
    "fish",
    "deer",
    "series",
    "species",
    "news",
    "equipment",
    "information",
    "rice",
    "money",
    "data",
    "metadata",
    "feedback",
    "software",
    "hardware",
    "aircraft",
    "staff",
    "moose",
    "swine",
    "traffic",
    "furniture",
    "luggage",
    "baggage",
    "advice",
    "evidence",
    "knowledge",
    "music",
    "research",
    "goldfish",
    "reindeer",
    "malware",
  ];

  it.each(uncountables)("uncountable %j is unchanged", (word) => {
    expect(isUncountable(word)).toBe(true);
    expect(pluralizeWord(word)).toBe(word);
  });

  it.each(["person", "category", "status", "user", "order", "photo"])("%j is countable", (word) => {
    expect(isUncountable(word)).toBe(false);
  });

  it("returns lower case and leaves the empty word alone", () => {
    expect(pluralizeWord("Person")).toBe("people");
    expect(pluralizeWord("")).toBe("");
  });
});

describe("pluralizeWords", () => {
  it.each<[string[], string[]]>([
    [
      ["order", "item"],
      ["order", "items"],
    ],
    [
      ["api", "key"],
      ["api", "keys"],
    ],
    [
      ["sales", "person"],
      ["sales", "people"],
    ],
    [
      ["product", "category"],
      ["product", "categories"],
    ],
    [
      ["line", "status"],
      ["line", "statuses"],
    ],
    [
      ["gold", "fish"],
      ["gold", "fish"],
    ],
    [["person"], ["people"]],
    [[], []],
  ])("%j → %j", (words, expected) => {
    expect(pluralizeWords(words)).toEqual(expected);
  });
});

describe("per-language escaping", () => {
  it.each<[string, string, string, string, string]>([
    // input, python, typescript, java, go
    ["type", "type_", "type", "type", "typ"],
    ["order", "order", "order", "order", "order"],
    ["group", "group", "group", "group", "group"],
    ["key", "key", "key", "key", "key"],
    ["value", "value", "value", "value", "value"],
    ["default", "default", "default_", "defaultValue", "defaultValue"],
    ["class", "class_", "class_", "clazz", "class"],
    ["from", "from_", "from", "from", "from"],
    ["import", "import_", "import_", "importValue", "importValue"],
    ["package", "package", "package_", "packageValue", "packageValue"],
    ["map", "map_", "map", "map", "mapValue"],
    ["user", "user", "user", "user", "user"],
    ["id", "id_", "id", "id", "id"],
    ["func", "func", "func", "func", "fn"],
    ["enum", "enum", "enum_", "enumValue", "enum"],
    ["string", "string", "string", "string", "stringValue"],
    ["len", "len_", "len", "len", "lenValue"],
    ["list", "list_", "list", "list", "list"],
    ["interface", "interface", "interface_", "interfaceValue", "interfaceValue"],
    ["let", "let", "let_", "let", "let"],
    ["await", "await_", "await_", "await", "await"],
    ["yield", "yield_", "yield_", "yield", "yield"],
    ["record", "record", "record", "record", "record"],
    ["var", "var", "var_", "var", "varValue"],
    ["new", "new", "new_", "newValue", "newValue"],
    ["match", "match_", "match", "match", "match"],
    ["nil", "nil", "nil", "nil", "nilValue"],
    ["null", "null", "null_", "nullValue", "null"],
    ["none", "none", "none", "none", "none"],
    ["userId", "user_id", "userId", "userId", "userID"],
    ["createdAt", "created_at", "createdAt", "createdAt", "createdAt"],
  ])("%j → python %j, typescript %j, java %j, go %j", (input, python, ts, java, go) => {
    expect(toPythonIdentifier(input)).toBe(python);
    expect(toTypeScriptIdentifier(input)).toBe(ts);
    expect(toJavaIdentifier(input)).toBe(java);
    expect(toGoLocalIdentifier(input)).toBe(go);
    const expected: Record<Language, string> = { python, typescript: ts, java, go };
    for (const [language, name] of Object.entries(expected)) {
      expect(escapeIdentifier(language as Language, input)).toBe(name);
    }
  });

  it.each<[Language, string, string]>([
    ["python", "2fa", "_2fa"],
    ["typescript", "2fa", "_2fa"],
    ["java", "2fa", "_2fa"],
    ["go", "2fa", "_2fa"],
    ["python", "Order Item", "order_item"],
    ["typescript", "order_item", "orderItem"],
  ])("%s: %j → %j", (language, input, expected) => {
    expect(escapeIdentifier(language, input)).toBe(expected);
  });
});

describe("toJavaTypeName", () => {
  it.each([
    ["Object", "ObjectResource"],
    ["Record", "RecordResource"],
    ["string", "StringResource"],
    ["process", "ProcessResource"],
    ["Thread", "ThreadResource"],
    ["Exception", "ExceptionResource"],
    ["module", "ModuleResource"],
    ["User", "User"],
    ["Group", "Group"],
    ["Order", "Order"],
    ["order-item", "OrderItem"],
    ["Product", "Product"],
  ])("%j → %j", (input, expected) => {
    expect(toJavaTypeName(input)).toBe(expected);
  });
});

describe("toSqlIdentifier", () => {
  it.each([
    ["order", '"order"'],
    ["user", '"user"'],
    ["group", '"group"'],
    ["from", '"from"'],
    ["default", '"default"'],
    ["table", '"table"'],
    ["limit", '"limit"'],
    ["offset", '"offset"'],
    ["desc", '"desc"'],
    ["unitPrice", "unit_price"],
    ["unit_price", "unit_price"],
    ["type", "type"],
    ["key", "key"],
    ["value", "value"],
    ["name", "name"],
    ["users", "users"],
    ["orders", "orders"],
    ["2fa", '"2fa"'],
  ])("%j → %s", (input, expected) => {
    expect(toSqlIdentifier(input)).toBe(expected);
  });
});

describe("packages", () => {
  it.each([
    ["com.example", "orders-service", "com.example.ordersservice"],
    ["com.example", "OrdersService", "com.example.ordersservice"],
    ["io.acme", "billing", "io.acme.billing"],
    ["com.example.int", "orders", "com.example.int_.orders"],
    ["com.example", "package", "com.example.package_"],
    ["com.example", "class", "com.example.class_"],
    ["org.example.3d", "viewer", "org.example._3d.viewer"],
    ["com.my-company", "shop", "com.my_company.shop"],
    ["com.Example", "shop", "com.example.shop"],
  ])("toJavaPackage(%j, %j) → %j", (groupId, service, expected) => {
    expect(toJavaPackage(groupId, service)).toBe(expected);
  });

  it.each([
    ["orders-service", "orders_service"],
    ["OrdersService", "orders_service"],
    ["class", "class_"],
    ["import", "import_"],
    ["billing", "billing"],
  ])("toPythonPackage(%j) → %j", (input, expected) => {
    expect(toPythonPackage(input)).toBe(expected);
  });

  it.each([
    ["orders-service", "ordersservice"],
    ["OrdersService", "ordersservice"],
    ["type", "typepkg"],
    ["map", "mappkg"],
    ["string", "stringpkg"],
    ["billing", "billing"],
  ])("toGoPackageName(%j) → %j", (input, expected) => {
    expect(toGoPackageName(input)).toBe(expected);
  });

  it.each([
    ["orders-service", "orders-service"],
    ["OrdersService", "orders-service"],
    ["billing2", "billing2"],
  ])("toGoModulePath(%j) → %j", (input, expected) => {
    expect(toGoModulePath(input)).toBe(expected);
  });
});

describe("name sets", () => {
  it("createNameSet gives every case form", () => {
    expect(createNameSet("OrderItem")).toEqual({
      words: ["order", "item"],
      pascal: "OrderItem",
      camel: "orderItem",
      snake: "order_item",
      kebab: "order-item",
      screaming: "ORDER_ITEM",
      title: "Order Item",
      flat: "orderitem",
    });
  });

  it.each<[string[], string]>([
    [["order", "item"], "OrderItem"],
    [["api", "key"], "ApiKey"],
    [["sales", "people"], "SalesPeople"],
    [["Order", "Item"], "OrderItem"],
  ])("createNameSetFromWords(%j).pascal → %j", (words, pascal) => {
    expect(createNameSetFromWords(words).pascal).toBe(pascal);
    expect(createNameSetFromWords(words)).toEqual(createNameSet(words.join("-")));
  });
});

describe("deriveResourceNames", () => {
  it.each<[string, string, string, string]>([
    // name, plural pascal, table, path
    ["Product", "Products", "products", "/api/v1/products"],
    ["Person", "People", "people", "/api/v1/people"],
    ["OrderItem", "OrderItems", "order_items", "/api/v1/order-items"],
    ["APIKey", "ApiKeys", "api_keys", "/api/v1/api-keys"],
    ["Category", "Categories", "categories", "/api/v1/categories"],
    ["Status", "Statuses", "statuses", "/api/v1/statuses"],
    ["Address", "Addresses", "addresses", "/api/v1/addresses"],
    ["Child", "Children", "children", "/api/v1/children"],
    ["Datum", "Data", "data", "/api/v1/data"],
    ["Analysis", "Analyses", "analyses", "/api/v1/analyses"],
    ["User", "Users", "users", "/api/v1/users"],
    ["Group", "Groups", "groups", "/api/v1/groups"],
    ["Order", "Orders", "orders", "/api/v1/orders"],
    ["Sheep", "Sheep", "sheep", "/api/v1/sheep"],
    ["SalesPerson", "SalesPeople", "sales_people", "/api/v1/sales-people"],
    ["Salesperson", "Salespeople", "salespeople", "/api/v1/salespeople"],
    ["ProductCategory", "ProductCategories", "product_categories", "/api/v1/product-categories"],
  ])("%j → %j, table %s, path %s", (name, pluralPascal, table, path) => {
    const names = deriveResourceNames(name, "v1");
    expect(names.plural.pascal).toBe(pluralPascal);
    expect(names.tableName).toBe(table);
    expect(names.path).toBe(path);
    expect(names.singular).toEqual(createNameSet(name));
  });

  it.each<[string, string, string, string]>([
    // name, override, table, path
    ["Person", "People", "people", "/api/v2/people"],
    ["Person", "people", "people", "/api/v2/people"],
    ["Person", "persons", "persons", "/api/v2/persons"],
    ["Cactus", "Cactuses", "cactuses", "/api/v2/cactuses"],
    ["OrderItem", "order_items", "order_items", "/api/v2/order-items"],
    ["Sheep", "Sheeps", "sheeps", "/api/v2/sheeps"],
    ["Product", "", "products", "/api/v2/products"],
  ])("%j with plural override %j → table %s, path %s", (name, override, table, path) => {
    const names = deriveResourceNames(name, "v2", override);
    expect(names.tableName).toBe(table);
    expect(names.path).toBe(path);
  });

  it("quotes a table name that SQL reserves", () => {
    expect(deriveResourceNames("User", "v1", "user").tableName).toBe('"user"');
  });
});

describe("normalizeNameKey", () => {
  it.each([
    ["created_at", "createdat"],
    ["CreatedAt", "createdat"],
    ["created-at", "createdat"],
    ["createdAt", "createdat"],
    ["CREATED_AT", "createdat"],
    ["created at", "createdat"],
    ["line2", "line2"],
    ["line_2", "line2"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(normalizeNameKey(input)).toBe(expected);
  });
});

describe("reserved word sets", () => {
  it.each<[string, ReadonlySet<string>, string[], string[]]>([
    [
      "PYTHON_RESERVED",
      PYTHON_RESERVED,
      ["class", "None", "True", "match", "_", "type", "id", "list", "zip"],
      ["order", "none", "user"],
    ],
    [
      "TYPESCRIPT_RESERVED",
      TYPESCRIPT_RESERVED,
      ["default", "class", "let", "await", "arguments", "eval", "yield"],
      ["type", "from", "of", "async", "string"],
    ],
    [
      "JAVA_RESERVED",
      JAVA_RESERVED,
      ["class", "goto", "const", "_", "true", "null", "strictfp"],
      ["var", "record", "yield", "sealed", "permits", "type"],
    ],
    [
      "JAVA_LANG_TYPES",
      JAVA_LANG_TYPES,
      ["Object", "String", "Record", "Override", "StringBuilder", "Throwable"],
      ["User", "List", "Map", "Order"],
    ],
    [
      "GO_RESERVED",
      GO_RESERVED,
      ["func", "chan", "any", "clear", "iota", "nil", "uintptr", "min"],
      ["order", "user", "class", "null"],
    ],
    [
      "SQL_RESERVED",
      SQL_RESERVED,
      ["order", "user", "group", "system_user", "tablesample", "verbose", "ilike"],
      ["type", "key", "value", "name", "data", "index"],
    ],
  ])("%s", (_name, set, members, nonMembers) => {
    for (const word of members) expect(set.has(word), word).toBe(true);
    for (const word of nonMembers) expect(set.has(word), word).toBe(false);
  });

  it("GO_RESERVED holds the 25 keywords", () => {
    const keywords =
      "break case chan const continue default defer else fallthrough for func go goto if " +
      "import interface map package range return select struct switch type var";
    const list = keywords.split(" ");
    expect(list).toHaveLength(25);
    for (const word of list) expect(GO_RESERVED.has(word), word).toBe(true);
  });
});
