package main

import "fmt"

// Explicit argument indexes, precision on strings and ASCII-only quoting, the way a
// report table or a log line uses them.
func main() {
	fmt.Printf("%[2]s owes %[1]d; %[2]s again\n", 30, "Bo")
	fmt.Printf("%[1]d %#[1]x %[1]o %[1]b\n", 42)
	fmt.Printf("%d %d %[1]d %d\n", 1, 2)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 3.14159, 2, 8)
	fmt.Printf("%[4]d|%[0]d|%[x]d|%[1d\n", 1, 2)
	fmt.Printf("%[1]5d|\n", 7)
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%[2]d\n", 1, 2, 3)
	for _, name := range []string{"pipelines", "go", "fan-in"} {
		fmt.Printf("|%-6.6v|%6.3q|\n", name, name)
	}
	fmt.Printf("%+q %+q %+q %q\n", "naïve", 'é', "tab\there 😀", "ü")
	fmt.Printf("%v %d %s %p\n", nil, nil, nil, nil)
}
