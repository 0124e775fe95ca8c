// errcat: generated from examples/catalogs/mooncake_transfer_engine.yaml by `errcat export examples/catalogs/mooncake_transfer_engine.yaml --lang typescript -o examples/exports/typescript/mooncake_transfer_engine.ts`; catalog 3350e3dd8c296841, body 5caba4dbec2ccd7b; edit the catalog and run the command again, not this file
/* eslint-disable */
/** Mooncake TransferEngine 错误码 */
export const TransferEngineError = {
  NotImplemented: -303,
  /** 分配内存已满 */
  Memory: -302,
  /** 系统不支持 clock_gettime 接口 */
  Clock: -301,
  /** 系统不支持 numa 接口 */
  Numa: -300,
  Context: -202,
  /** 创建及使用 RdmaEndPoint 对象期间发生异常 */
  Endpoint: -201,
  /** 与 etcd 元数据服务器通信发生异常 */
  Metadata: -200,
  /** 对方因配置等原因主动拒绝握手 */
  RejectHandshake: -104,
  /** 握手期间交换数据格式错误 */
  MalformedJson: -103,
  /** 握手期间发生有关 TCP Socket 的错误 */
  Socket: -102,
  /** 用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手 */
  Dns: -101,
  /** 多次注册重叠的内存区域 */
  AddressOverlapped: -7,
  /** 没有一个可用的 RDMA 设备以执行用户请求的 Request */
  DeviceNotFound: -6,
  /** 用户尝试对一个正在执行 Request 的 BatchID 进行回收操作 */
  BatchBusy: -4,
  /** 用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况） */
  AddressNotRegistered: -3,
  /** 用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值 */
  TooManyRequests: -2,
  /** 用户输入参数不正确（且无法细化为该组错误中其余各项） */
  InvalidArgument: -1,
} as const;

/** A code of the catalog. */
export type TransferEngineError = (typeof TransferEngineError)[keyof typeof TransferEngineError];

/** Every code, in ascending order. */
export const CODES: readonly TransferEngineError[] = [-303, -302, -301, -300, -202, -201, -200, -104, -103, -102, -101, -7, -6, -4, -3, -2, -1];

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
  "error_args": { range: [-99, -1] as const },
  "handshake": { range: [-199, -100] as const },
  "other": { range: [-399, -200] as const },
} as const;
export type GroupName = keyof typeof GROUPS;

/** The group whose range holds `code`, used or not. */
export function groupOfCode(code: number): GroupName | undefined {
  if (code >= -99 && code <= -1) return "error_args";
  if (code >= -199 && code <= -100) return "handshake";
  if (code >= -399 && code <= -200) return "other";
  return undefined;
}

const FACTS: ReadonlyMap<number, Facts> = new Map<number, Facts>([
  [-303, { name: "ERR_NOT_IMPLEMENTED", message: { "zh": "", "en": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-302, { name: "ERR_MEMORY", message: { "zh": "分配内存已满", "en": "Out of memory" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-301, { name: "ERR_CLOCK", message: { "zh": "系统不支持 clock_gettime 接口", "en": "The system does not support `clock_gettime` interface" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-300, { name: "ERR_NUMA", message: { "zh": "系统不支持 numa 接口", "en": "The system does not support numa interface" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-202, { name: "ERR_CONTEXT", message: { "zh": "", "en": "" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-201, { name: "ERR_ENDPOINT", message: { "zh": "创建及使用 RdmaEndPoint 对象期间发生异常", "en": "Exceptions during the creation and use of `RdmaEndPoint` objects" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-200, { name: "ERR_METADATA", message: { "zh": "与 etcd 元数据服务器通信发生异常", "en": "Failed to communicate with metadata server" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "other", deprecated: false, args: [] }],
  [-104, { name: "ERR_REJECT_HANDSHAKE", message: { "zh": "对方因配置等原因主动拒绝握手", "en": "Peer rejects the handshake due to peer’s errors" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "handshake", deprecated: false, args: [] }],
  [-103, { name: "ERR_MALFORMED_JSON", message: { "zh": "握手期间交换数据格式错误", "en": "Data format error during handshake exchange" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "handshake", deprecated: false, args: [] }],
  [-102, { name: "ERR_SOCKET", message: { "zh": "握手期间发生有关 TCP Socket 的错误", "en": "Errors related to TCP Socket during the handshake process" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "handshake", deprecated: false, args: [] }],
  [-101, { name: "ERR_DNS", message: { "zh": "用户输入的 local server name 不是一个有效的 DNS 主机名或 IP 地址，导致其他节点无法与该设备握手", "en": "Local server name is not a valid DNS hostname or IP address, preventing other nodes from handshaking with this node" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "handshake", deprecated: false, args: [] }],
  [-7, { name: "ERR_ADDRESS_OVERLAPPED", message: { "zh": "多次注册重叠的内存区域", "en": "Registering overlapping memory areas multiple times" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
  [-6, { name: "ERR_DEVICE_NOT_FOUND", message: { "zh": "没有一个可用的 RDMA 设备以执行用户请求的 Request", "en": "No available RDMA device to execute the user’s request" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
  [-4, { name: "ERR_BATCH_BUSY", message: { "zh": "用户尝试对一个正在执行 Request 的 BatchID 进行回收操作", "en": "Reclaim a `BatchID` that is currently executing a request" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
  [-3, { name: "ERR_ADDRESS_NOT_REGISTERED", message: { "zh": "用户发起的 Request 中源地址和/或目标地址未被注册（含已在本地注册但未上传 etcd 元数据服务器的情况）", "en": "The source address and/or target address in the request initiated by the user are not registered (including the situation where it has been registered locally but not uploaded to the metadata server)" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
  [-2, { name: "ERR_TOO_MANY_REQUESTS", message: { "zh": "用户调用 SubmitTransfer 接口时，传入的 Request 数量超出分配 BatchID 指定的最大值", "en": "The number of requests passed by the user when calling the `SubmitTransfer` interface exceeds the maximum value specified by the allocated `BatchID`" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
  [-1, { name: "ERR_INVALID_ARGUMENT", message: { "zh": "用户输入参数不正确（且无法细化为该组错误中其余各项）", "en": "Input parameters are incorrect (and cannot be detailed into other items in this group)" }, description: undefined, solution: undefined, http: 500, severity: "error", grpc: "INTERNAL", retryable: false, group: "error_args", deprecated: false, args: [] }],
]);

const BY_NAME: ReadonlyMap<string, TransferEngineError> = new Map<string, TransferEngineError>([
  ["ERR_NOT_IMPLEMENTED", -303],
  ["ERR_MEMORY", -302],
  ["ERR_CLOCK", -301],
  ["ERR_NUMA", -300],
  ["ERR_CONTEXT", -202],
  ["ERR_ENDPOINT", -201],
  ["ERR_METADATA", -200],
  ["ERR_REJECT_HANDSHAKE", -104],
  ["ERR_MALFORMED_JSON", -103],
  ["ERR_SOCKET", -102],
  ["ERR_DNS", -101],
  ["ERR_ADDRESS_OVERLAPPED", -7],
  ["ERR_DEVICE_NOT_FOUND", -6],
  ["ERR_BATCH_BUSY", -4],
  ["ERR_ADDRESS_NOT_REGISTERED", -3],
  ["ERR_TOO_MANY_REQUESTS", -2],
  ["ERR_INVALID_ARGUMENT", -1],
]);

/** The result of a lookup by code: a code of the catalog, or an unknown one. */
export type Lookup =
  | { readonly known: true; readonly code: TransferEngineError; readonly facts: Facts }
  | { readonly known: false; readonly code: number };

/** `code` as a code of the catalog; an unknown code gives `{ known: false }`, never an exception. */
export function fromCode(code: number): Lookup {
  const facts = FACTS.get(code);
  return facts === undefined ? { known: false, code } : { known: true, code: code as TransferEngineError, facts };
}

/** Whether `code` is a code of the catalog. */
export function isTransferEngineError(code: number): code is TransferEngineError {
  return FACTS.has(code);
}

/** The code named `name` (the catalog's name, or the variant's), if there is one. */
export function fromName(name: string): TransferEngineError | undefined {
  return BY_NAME.get(name);
}

/** What the catalog says about `code`. */
export function facts(code: TransferEngineError): Facts {
  return FACTS.get(code) as Facts;
}

function language(lang: string | undefined): Language {
  return (LANGUAGES as readonly string[]).includes(lang ?? "") ? (lang as Language) : LANGUAGES[0];
}

/** The code's name. */
export function name(code: TransferEngineError): string {
  return facts(code).name;
}

/** The message in `lang` (the default language for another). */
export function message(code: TransferEngineError, lang?: string): string {
  return facts(code).message[language(lang)];
}

/** The description in `lang`, if the code has one. */
export function description(code: TransferEngineError, lang?: string): string | undefined {
  return facts(code).description?.[language(lang)];
}

/** The cause and remedy in `lang`, if the code has them. */
export function solution(code: TransferEngineError, lang?: string): string | undefined {
  return facts(code).solution?.[language(lang)];
}

/** The HTTP status the code maps to. */
export function httpStatus(code: TransferEngineError): number {
  return facts(code).http;
}

/** How serious the code is. */
export function severity(code: TransferEngineError): Severity {
  return facts(code).severity;
}

/** The gRPC code the error travels with. */
export function grpcCode(code: TransferEngineError): GrpcCode {
  return facts(code).grpc;
}

/** Whether trying again may succeed. */
export function isRetryable(code: TransferEngineError): boolean {
  return facts(code).retryable;
}

/** The code's group, if the catalog has groups. */
export function group(code: TransferEngineError): GroupName | undefined {
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
  return render(message(code as unknown as TransferEngineError, lang), args as unknown as Readonly<Record<string, unknown>>);
}
/** The domain of the google.rpc.ErrorInfo the catalog's errors carry over gRPC. */
export const DOMAIN = "TransferEngineError";

const ARG_TYPES: ReadonlyMap<number, readonly (readonly [string, string])[]> = new Map<number, readonly (readonly [string, string])[]>([
]);

/** A catalog error read from a google.rpc.ErrorInfo. */
export interface Decoded {
  readonly code: TransferEngineError;
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

