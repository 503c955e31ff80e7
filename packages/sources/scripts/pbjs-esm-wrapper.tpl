// pbjs wrapper template (not JavaScript itself: pbjs fills in $DEPENDENCY and $OUTPUT) for Node ESM:
// protobufjs 7 is CommonJS, so its API is the default import (a namespace import would miss `roots`, `Reader`).
import $protobuf from $DEPENDENCY;

$OUTPUT;

export { $root as default };
