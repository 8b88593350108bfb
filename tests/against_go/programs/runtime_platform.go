// The platform a program is built for, as "The Go Programming Language" prints it in its
// chapter on cross-compilation: runtime.GOOS and runtime.GOARCH are typed string constants.
package main

import (
	"fmt"
	"runtime"
)

const target = runtime.GOOS + "/" + runtime.GOARCH

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH)
	fmt.Printf("%T %q %d\n", runtime.GOOS, target, len(target))
	switch runtime.GOOS {
	case "windows":
		fmt.Println("paths use \\")
	default:
		fmt.Println("paths use /")
	}
}
