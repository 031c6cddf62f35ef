// What the manifest must be: the schema facts and the project's own choices the checks hold it to.
import { NS } from "./xml";

export const DEFAULT_ASSETS_BASE = "https://localhost:3000/assets/";
export const REQUIRED_PERMISSION = "ReadWriteDocument";
export const REQUIRED_NAMESPACE = "JUESUAN";
/** Metadata file of each locale: DefaultValue serves DefaultLocale (zh-CN), en-US is an Override. */
export const METADATA_DEFAULT_FILE = "functions-zh-cn.json";
export const METADATA_ENGLISH = { locale: "en-US", file: "functions.json" };
/** Documented sizes of the top-level icons (XML manifest reference: IconUrl, HighResolutionIconUrl). */
export const TOP_ICON_SIZES = { IconUrl: 32, HighResolutionIconUrl: 64 };
export const MAX_RESID = 32;
export const MAX_SHORT = 125;
export const MAX_LONG = 250;

/** OfficeApp（TaskPaneApp）顶层子元素的架构顺序；min=1 表示必需。 */
export const TOP_LEVEL: readonly { name: string; min: number; ns?: string }[] = [
  { name: "Id", min: 1 },
  { name: "AlternateId", min: 0 },
  { name: "Version", min: 1 },
  { name: "ProviderName", min: 1 },
  { name: "DefaultLocale", min: 1 },
  { name: "DisplayName", min: 1 },
  { name: "Description", min: 1 },
  { name: "IconUrl", min: 1 },
  { name: "HighResolutionIconUrl", min: 1 },
  { name: "SupportUrl", min: 0 },
  { name: "AppDomains", min: 0 },
  { name: "Hosts", min: 1 },
  { name: "Requirements", min: 0 },
  { name: "DefaultSettings", min: 1 },
  { name: "Permissions", min: 1 },
  { name: "AllowSnapshot", min: 0 },
  { name: "Dictionary", min: 0 },
  { name: "VersionOverrides", min: 1, ns: NS.ov },
  { name: "ExtendedOverrides", min: 0 },
];

export type ResourceKind = "Images" | "Urls" | "ShortStrings" | "LongStrings";

/** 资源类型：bt:Images / bt:Urls / bt:ShortStrings / bt:LongStrings。 */
export const KIND: Record<ResourceKind, { label: string; child: string; max?: number }> = {
  Images: { label: "bt:Image（bt:Images）", child: "Image" },
  Urls: { label: "bt:Url（bt:Urls）", child: "Url" },
  ShortStrings: { label: "bt:String（bt:ShortStrings）", child: "String", max: MAX_SHORT },
  LongStrings: { label: "bt:String（bt:LongStrings）", child: "String", max: MAX_LONG },
};

/** 按引用元素的本地名推断 resid 应指向的资源类型。 */
export const EXPECTED_KIND_BY_ELEMENT: Record<string, ResourceKind | undefined> = {
  Image: "Images",
  SourceLocation: "Urls",
  Runtime: "Urls",
  FunctionFile: "Urls",
  LearnMoreUrl: "Urls",
  Label: "ShortStrings",
  Title: "ShortStrings",
  Namespace: "ShortStrings",
  Description: "LongStrings",
};

export const GUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const VERSION_RE = /^\d+(\.\d+){0,3}$/;
export const LOCALE_RE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
