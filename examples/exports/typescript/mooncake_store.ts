// errcat: generated from examples/catalogs/mooncake_store.yaml by `errcat export examples/catalogs/mooncake_store.yaml --lang typescript -o examples/exports/typescript/mooncake_store.ts`; catalog d6ea92017e9ad7f2, body 103a8214e5b808cd; edit the catalog and run the command again, not this file
/* eslint-disable */
/** Mooncake Store 错误码 */
export const StoreError = {
  /** 无效的文件句柄 */
  FileInvalidHandle: -1106,
  /** 文件加锁失败 */
  FileLockFail: -1105,
  /** 文件缓冲区错误 */
  FileInvalidBuffer: -1104,
  /** 文件写入失败 */
  FileWriteFail: -1103,
  /** 文件读取失败 */
  FileReadFail: -1102,
  /** 打开文件或写入已有文件时发生错误 */
  FileOpenFail: -1101,
  /** 文件未找到 */
  FileNotFound: -1100,
  /** 当前模式下请求不可执行 */
  UnavailableInCurrentMode: -1011,
  /** 当前状态下请求不可执行 */
  UnavailableInCurrentStatus: -1010,
  /** etcd 上下文被取消 */
  EtcdCtxCancelled: -1003,
  /** etcd 事务失败 */
  EtcdTransactionFail: -1002,
  /** etcd 中未找到键 */
  EtcdKeyNotExist: -1001,
  /** etcd 操作失败 */
  EtcdOperationError: -1000,
  /** RPC 操作失败 */
  RpcFail: -900,
  /** 数据传输失败 */
  TransferFail: -800,
  /** 对象存在租约 */
  ObjectHasLease: -706,
  /** 对象已存在 */
  ObjectAlreadyExists: -705,
  /** 未找到对象 */
  ObjectNotFound: -704,
  /** 副本尚未就绪 */
  ReplicaIsNotReady: -703,
  /** 无效的副本操作 */
  InvalidReplica: -702,
  /** 无效的读操作 */
  InvalidRead: -701,
  /** 无效的写操作 */
  InvalidWrite: -700,
  /** 参数无效 */
  InvalidParams: -600,
  /** 写入操作失败 */
  WriteFail: -500,
  /** 无效的键 */
  InvalidKey: -400,
  /** 无效的版本 */
  InvalidVersion: -300,
  /** 由于空间不足，内存分配失败 */
  NoAvailableHandle: -200,
  /** 分片已存在 */
  SegmentAlreadyExists: -102,
  /** 未找到可用的分片 */
  SegmentNotFound: -101,
  /** 分片索引超出范围 */
  ShardIndexOutOfRange: -100,
  /** 缓冲区空间不足 */
  BufferOverflow: -10,
  /** 发生内部错误 */
  InternalError: -1,
} as const;

/** A code of the catalog. */
export type StoreError = (typeof StoreError)[keyof typeof StoreError];

/** Every code, in ascending order. */
export const CODES: readonly StoreError[] = [-1106, -1105, -1104, -1103, -1102, -1101, -1100, -1011, -1010, -1003, -1002, -1001, -1000, -900, -800, -706, -705, -704, -703, -702, -701, -700, -600, -500, -400, -300, -200, -102, -101, -100, -10, -1];

/** The catalog's languages, the default first. */
export const LANGUAGES = ["zh", "en"] as const;
export type Language = (typeof LANGUAGES)[number];

/** How serious a code is. */
export type Severity = "info" | "warning" | "error" | "fatal";

/** A gRPC status code, as google.rpc.Code spells it. */
export type GrpcCode =
  | "CANCELLED" | "UNKNOWN" | "INVALID_ARGUMENT" | "DEADLINE_EXCEEDED" | "NOT_FOUND"
  | "ALREADY_EXISTS" | "PERMISSION_DENIED" | "RESOURCE_EXHAUSTED" | "FAILED_PRECONDITION"
  | "ABORTED" | "OUT_OF_RANGE" | "UNIMPLEMENTED" | "INTERNAL" | "UNAVAILABLE" | "DATA_LOSS"
  | "UNAUTHENTICATED";

/** A text in every language of the catalog. */
export type Texts = { readonly [L in Language]: string };

/** What the catalog says about one code. */
export interface Facts {
  readonly name: string;
  /** `""` for a code without a message. */
  readonly message: Texts;
  readonly description: Texts | undefined;
  readonly solution: Texts | undefined;
  readonly http: number;
  readonly severity: Severity;
  /** The gRPC code the error travels with. */
  readonly grpc: GrpcCode;
  readonly retryable: boolean;
  readonly group: GroupName | undefined;
  readonly deprecated: boolean;
  /** The names of its arguments, in declaration order. */
  readonly args: readonly string[];
}

/** The groups, with the range of codes each keeps. */
export const GROUPS = {
  "internal": { range: [-9, -1] as const },
  "buffer_allocation": { range: [-99, -10] as const },
  "segment_selection": { range: [-199, -100] as const },
  "handle_selection": { range: [-299, -200] as const },
  "version": { range: [-399, -300] as const },
  "key": { range: [-499, -400] as const },
  "engine": { range: [-599, -500] as const },
  "parameter": { range: [-699, -600] as const },
  "engine_operation": { range: [-799, -700] as const },
  "transfer": { range: [-899, -800] as const },
  "rpc": { range: [-999, -900] as const },
  "high_availability": { range: [-1099, -1000] as const },
  "file": { range: [-1199, -1100] as const },
} as const;
export type GroupName = keyof typeof GROUPS;

/** The group whose range holds `code`, used or not. */
export function groupOfCode(code: number): GroupName | undefined {
  if (code >= -9 && code <= -1) return "internal";
  if (code >= -99 && code <= -10) return "buffer_allocation";
  if (code >= -199 && code <= -100) return "segment_selection";
  if (code >= -299 && code <= -200) return "handle_selection";
  if (code >= -399 && code <= -300) return "version";
  if (code >= -499 && code <= -400) return "key";
  if (code >= -599 && code <= -500) return "engine";
  if (code >= -699 && code <= -600) return "parameter";
  if (code >= -799 && code <= -700) return "engine_operation";
  if (code >= -899 && code <= -800) return "transfer";
  if (code >= -999 && code <= -900) return "rpc";
  if (code >= -1099 && code <= -1000) return "high_availability";
  if (code >= -1199 && code <= -1100) return "file";
  return undefined;
}

const FACTS: ReadonlyMap<number, Facts> = new Map<number, Facts>([
  [-1106, { name: "FILE_INVALID_HANDLE", message: { "zh": "无效的文件句柄", "en": "Invalid file handle" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1105, { name: "FILE_LOCK_FAIL", message: { "zh": "文件加锁失败", "en": "File lock operation failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1104, { name: "FILE_INVALID_BUFFER", message: { "zh": "文件缓冲区错误", "en": "File buffer is wrong" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1103, { name: "FILE_WRITE_FAIL", message: { "zh": "文件写入失败", "en": "Error writing file" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1102, { name: "FILE_READ_FAIL", message: { "zh": "文件读取失败", "en": "Error reading file" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1101, { name: "FILE_OPEN_FAIL", message: { "zh": "打开文件或写入已有文件时发生错误", "en": "Error opening file or writing to an existing file" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1100, { name: "FILE_NOT_FOUND", message: { "zh": "文件未找到", "en": "File not found" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "file", deprecated: false, args: [] }],
  [-1011, { name: "UNAVAILABLE_IN_CURRENT_MODE", message: { "zh": "当前模式下请求不可执行", "en": "Request cannot be done in current mode" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-1010, { name: "UNAVAILABLE_IN_CURRENT_STATUS", message: { "zh": "当前状态下请求不可执行", "en": "Request cannot be done in current status" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-1003, { name: "ETCD_CTX_CANCELLED", message: { "zh": "etcd 上下文被取消", "en": "etcd context cancelled" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-1002, { name: "ETCD_TRANSACTION_FAIL", message: { "zh": "etcd 事务失败", "en": "etcd transaction failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-1001, { name: "ETCD_KEY_NOT_EXIST", message: { "zh": "etcd 中未找到键", "en": "Key not found in etcd" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-1000, { name: "ETCD_OPERATION_ERROR", message: { "zh": "etcd 操作失败", "en": "etcd operation failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "high_availability", deprecated: false, args: [] }],
  [-900, { name: "RPC_FAIL", message: { "zh": "RPC 操作失败", "en": "RPC operation failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "rpc", deprecated: false, args: [] }],
  [-800, { name: "TRANSFER_FAIL", message: { "zh": "数据传输失败", "en": "Transfer operation failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "transfer", deprecated: false, args: [] }],
  [-706, { name: "OBJECT_HAS_LEASE", message: { "zh": "对象存在租约", "en": "Object has lease" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-705, { name: "OBJECT_ALREADY_EXISTS", message: { "zh": "对象已存在", "en": "Object already exists" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-704, { name: "OBJECT_NOT_FOUND", message: { "zh": "未找到对象", "en": "Object not found" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-703, { name: "REPLICA_IS_NOT_READY", message: { "zh": "副本尚未就绪", "en": "Replica is not ready" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-702, { name: "INVALID_REPLICA", message: { "zh": "无效的副本操作", "en": "Invalid replica operation" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-701, { name: "INVALID_READ", message: { "zh": "无效的读操作", "en": "Invalid read operation" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-700, { name: "INVALID_WRITE", message: { "zh": "无效的写操作", "en": "Invalid write operation" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine_operation", deprecated: false, args: [] }],
  [-600, { name: "INVALID_PARAMS", message: { "zh": "参数无效", "en": "Invalid parameters" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "parameter", deprecated: false, args: [] }],
  [-500, { name: "WRITE_FAIL", message: { "zh": "写入操作失败", "en": "Write operation failed" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "engine", deprecated: false, args: [] }],
  [-400, { name: "INVALID_KEY", message: { "zh": "无效的键", "en": "Invalid key" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "key", deprecated: false, args: [] }],
  [-300, { name: "INVALID_VERSION", message: { "zh": "无效的版本", "en": "Invalid version" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "version", deprecated: false, args: [] }],
  [-200, { name: "NO_AVAILABLE_HANDLE", message: { "zh": "由于空间不足，内存分配失败", "en": "Memory allocation failed due to insufficient space." }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "handle_selection", deprecated: false, args: [] }],
  [-102, { name: "SEGMENT_ALREADY_EXISTS", message: { "zh": "分片已存在", "en": "Segment already exists" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "segment_selection", deprecated: false, args: [] }],
  [-101, { name: "SEGMENT_NOT_FOUND", message: { "zh": "未找到可用的分片", "en": "No available segments found" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "segment_selection", deprecated: false, args: [] }],
  [-100, { name: "SHARD_INDEX_OUT_OF_RANGE", message: { "zh": "分片索引超出范围", "en": "Shard index is out of bounds" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "segment_selection", deprecated: false, args: [] }],
  [-10, { name: "BUFFER_OVERFLOW", message: { "zh": "缓冲区空间不足", "en": "Insufficient buffer space" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "buffer_allocation", deprecated: false, args: [] }],
  [-1, { name: "INTERNAL_ERROR", message: { "zh": "发生内部错误", "en": "Internal error occurred" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "internal", deprecated: false, args: [] }],
]);

const BY_NAME: ReadonlyMap<string, StoreError> = new Map<string, StoreError>([
  ["FILE_INVALID_HANDLE", -1106],
  ["FILE_LOCK_FAIL", -1105],
  ["FILE_INVALID_BUFFER", -1104],
  ["FILE_WRITE_FAIL", -1103],
  ["FILE_READ_FAIL", -1102],
  ["FILE_OPEN_FAIL", -1101],
  ["FILE_NOT_FOUND", -1100],
  ["UNAVAILABLE_IN_CURRENT_MODE", -1011],
  ["UNAVAILABLE_IN_CURRENT_STATUS", -1010],
  ["ETCD_CTX_CANCELLED", -1003],
  ["ETCD_TRANSACTION_FAIL", -1002],
  ["ETCD_KEY_NOT_EXIST", -1001],
  ["ETCD_OPERATION_ERROR", -1000],
  ["RPC_FAIL", -900],
  ["TRANSFER_FAIL", -800],
  ["OBJECT_HAS_LEASE", -706],
  ["OBJECT_ALREADY_EXISTS", -705],
  ["OBJECT_NOT_FOUND", -704],
  ["REPLICA_IS_NOT_READY", -703],
  ["INVALID_REPLICA", -702],
  ["INVALID_READ", -701],
  ["INVALID_WRITE", -700],
  ["INVALID_PARAMS", -600],
  ["WRITE_FAIL", -500],
  ["INVALID_KEY", -400],
  ["INVALID_VERSION", -300],
  ["NO_AVAILABLE_HANDLE", -200],
  ["SEGMENT_ALREADY_EXISTS", -102],
  ["SEGMENT_NOT_FOUND", -101],
  ["SHARD_INDEX_OUT_OF_RANGE", -100],
  ["BUFFER_OVERFLOW", -10],
  ["INTERNAL_ERROR", -1],
]);

/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: StoreError; readonly facts: Facts }
  | { readonly known: false; readonly code: number };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: number): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as StoreError, facts };
}

/** Whether `code` is a code of the catalog. */
export function isStoreError(code: number): code is StoreError {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): StoreError | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: StoreError): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: StoreError): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: StoreError, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: StoreError, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: StoreError, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: StoreError): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: StoreError): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: StoreError): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: StoreError): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: StoreError): GroupName | undefined {
  return facts(code).group;
}

/** An error body as the service sends it, its code looked up. */
export interface Body {
  readonly code: Lookup;
  readonly message: string;
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** Reads an error body (`JSON.parse` of the response); `undefined` if it is not one. */
export function parseBody(value: unknown): Body | undefined {
  const body = record(value);
  if (body === undefined) return undefined;
  const raw = body["code"];
  const code = typeof raw === "number" && Number.isInteger(raw) ? raw : undefined;
  const text = body["message"];
  if (code === undefined || typeof text !== "string") return undefined;
  let parsed: Body = { code: fromCode(code), message: text };
  return parsed;
}

/** An RFC 9457 problem (`application/problem+json`) for a catalog error. */
export interface Problem {
  readonly code: Lookup;
  readonly title: string;
  readonly status: number;
  readonly type?: string;
  readonly detail?: string;
  readonly instance?: string;
  /** The extension members besides `code` and the catalog's `problem.members`: the error's arguments. */
  readonly args: Readonly<Record<string, unknown>>;
}

const PROBLEM_MEMBERS: readonly string[] = ["type", "title", "status", "detail", "instance", "code"];

/** Reads a problem; `undefined` if it is not one with a code. */
export function parseProblem(value: unknown): Problem | undefined {
  const problem = record(value);
  if (problem === undefined) return undefined;
  const raw = problem["code"];
  const code = typeof raw === "number" && Number.isInteger(raw) ? raw : undefined;
  const { title, status, type, detail, instance } = problem;
  if (code === undefined || typeof title !== "string" || typeof status !== "number") return undefined;
  const args: Record<string, unknown> = {};
  for (const [key, member] of Object.entries(problem)) {
    if (!PROBLEM_MEMBERS.includes(key)) args[key] = member;
  }
  return {
    code: fromCode(code),
    title,
    status,
    ...(typeof type === "string" ? { type } : {}),
    ...(typeof detail === "string" ? { detail } : {}),
    ...(typeof instance === "string" ? { instance } : {}),
    args,
  };
}

/** The arguments of each code that declares them. */
export interface ArgsOf {
}

/** A text with its `{placeholders}` replaced by `args` (`{{` and `}}` are braces). */
function render(template: string, args: Readonly<Record<string, unknown>>): string {
  let out = "";
  for (let i = 0; i < template.length; i++) {
    const c = template[i];
    const next = template[i + 1];
    if ((c === "{" && next === "{") || (c === "}" && next === "}")) {
      out += c;
      i++;
    } else if (c === "{") {
      const end = template.indexOf("}", i);
      const key = template.slice(i + 1, end);
      out += Object.prototype.hasOwnProperty.call(args, key) ? String(args[key]) : template.slice(i, end + 1);
      i = end;
    } else {
      out += c;
    }
  }
  return out;
}

/** The message of a code with arguments, in `lang`, with its arguments in place. */
export function renderMessage<C extends keyof ArgsOf>(code: C, args: ArgsOf[C], lang?: string): string {
  return render(message(code as unknown as StoreError, lang), args as unknown as Readonly<Record<string, unknown>>);
}
/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */
export const DOMAIN = "StoreError";

const ARG_TYPES: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map<number, readonly (readonly [string, string])[]>([
]);

/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: StoreError;
  /** The arguments whose values parse as their catalog type. */
  readonly args: Readonly<Record<string, unknown>>;
  /** The sender's answer when it gave one, else the code's. */
  readonly retryable: boolean;
}

function argument(type: string, text: string | undefined): unknown {
  if (text === undefined) return undefined;
  if (type === "string") return text;
  if (type === "bool") return text === "true" ? true : text === "false" ? false : undefined;
  if (type === "f64") return /^-?[0-9.eE+-]+$|^(NaN|-?inf)$/.test(text) ? Number(text) : undefined;
  if (!/^-?[0-9]+$/.test(text)) return undefined;
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(text) : big;
}

/** The catalog error a google.rpc.ErrorInfo describes (`reason` is for people; the `code` metadata names the error); `undefined` for another domain or an unknown code. */
export function fromErrorInfo(reason: string, domain: string, metadata: Readonly<Record<string, string>>): Decoded | undefined {
  void reason;
  const raw = metadata["code"];
  if (domain !== DOMAIN || raw === undefined) return undefined;
  const number: number | undefined = /^-?[0-9]+$/.test(raw) ? Number(raw) : undefined;
  if (number === undefined) return undefined;
  const found = fromCode(number);
  if (!found.known) return undefined;
  const args: Record<string, unknown> = {};
  for (const [name, type] of ARG_TYPES.get(number) ?? []) {
    const value = argument(type, metadata[name]);
    if (value !== undefined) args[name] = value;
  }
  const flag = metadata["retryable"];
  const retryable = flag === "true" ? true : flag === "false" ? false : found.facts.retryable;
  return { code: found.code, args, retryable };
}

