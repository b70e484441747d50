import { azEnums } from "./az-enums";
import { azLabels } from "./az-labels";
import { enEnums } from "./en-enums";
import { enLabels } from "./en-labels";
import { ruEnums } from "./ru-enums";
import { ruLabels } from "./ru-labels";
import type { Dictionary, Lang } from "./types";

export const DICTIONARIES: Record<Lang, Dictionary> = {
  az: { locale: "az-AZ", labels: azLabels, enums: azEnums },
  en: { locale: "en-GB", labels: enLabels, enums: enEnums },
  ru: { locale: "ru-RU", labels: ruLabels, enums: ruEnums },
};
