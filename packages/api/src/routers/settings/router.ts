import { router } from "../../trpc";
import { catalogue } from "./catalogue";
import { removeProviderPhoto } from "./remove-provider-photo";
import { setProviderPhoto } from "./set-provider-photo";
import { updateLocation } from "./update-location";
import { updateProvider } from "./update-provider";
import { updateService } from "./update-service";

export const settingsRouter = router({ catalogue, updateService, updateProvider, setProviderPhoto, removeProviderPhoto, updateLocation });
