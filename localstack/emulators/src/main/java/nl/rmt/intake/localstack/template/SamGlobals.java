package nl.rmt.intake.localstack.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SAM's Globals rules: a function's own scalar wins, maps merge key by key (recursively), lists
 * are the global entries followed by the function's.
 */
final class SamGlobals {

    private SamGlobals() {
    }

    static Map<String, Object> merge(Map<String, Object> globals, Map<String, Object> own) {
        Map<String, Object> merged = new LinkedHashMap<>(globals);
        own.forEach((key, value) -> merged.merge(key, value, SamGlobals::mergeValue));
        return merged;
    }

    @SuppressWarnings("unchecked")
    private static Object mergeValue(Object global, Object own) {
        if (isPlainMap(global) && isPlainMap(own)) {
            return merge((Map<String, Object>) global, (Map<String, Object>) own);
        }
        if (global instanceof List<?> globalList && own instanceof List<?> ownList) {
            List<Object> joined = new ArrayList<>(globalList);
            joined.addAll(ownList);
            return joined;
        }
        return own;
    }

    /** An intrinsic function ({"Ref": ...}, {"Fn::If": ...}) replaces; it is not merged into. */
    private static boolean isPlainMap(Object value) {
        return value instanceof Map<?, ?> map && !Intrinsics.isIntrinsic(map);
    }
}
