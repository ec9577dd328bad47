package nl.rmt.intake.localstack.template;

import java.util.Map;

/** Recognises the long form of intrinsic functions. */
final class Intrinsics {

    private Intrinsics() {
    }

    static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        Object key = map.keySet().iterator().next();
        return key instanceof String name && (name.equals("Ref") || name.startsWith("Fn::"));
    }
}
