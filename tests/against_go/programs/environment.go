// A program's environment: workers read their settings from it, main sets and unsets
// variables; os.Environ lists them as "KEY=value", a variable set again keeping its place.
package main

import (
	"fmt"
	"os"
	"strings"
	"sync"
)

func setting(key, fallback string) string {
	if v, ok := os.LookupEnv(key); ok {
		return v
	}
	return fallback
}

func main() {
	fmt.Println(os.Getenv("SYNCSCOPE_SURELY_UNSET") == "")
	_, ok := os.LookupEnv("SYNCSCOPE_SURELY_UNSET")
	fmt.Println(ok, len(os.Environ()) > 0)

	if err := os.Setenv("WORKERS", "3"); err != nil {
		fmt.Println("setenv:", err)
	}
	os.Setenv("GREETING", "hello")
	os.Setenv("EMPTY", "")
	v, ok := os.LookupEnv("EMPTY")
	fmt.Printf("%q %v\n", v, ok)

	var wg sync.WaitGroup
	var mu sync.Mutex
	lines := make([]string, 3)
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			line := fmt.Sprintf("%s from worker %d of %s", setting("GREETING", "hi"), i, setting("WORKERS", "?"))
			mu.Lock()
			lines[i] = line
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println(strings.Join(lines, "\n"))

	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	err := os.Setenv("NUL", "a\x00b")
	fmt.Printf("%v %T\n", err, err)

	os.Setenv("GREETING", "bonjour")
	os.Unsetenv("EMPTY")
	fmt.Println(setting("GREETING", "hi"), setting("EMPTY", "gone"), os.Unsetenv("NEVER_SET"))
	var mine []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "WORKERS=") || strings.HasPrefix(kv, "GREETING=") || strings.HasPrefix(kv, "EMPTY=") {
			mine = append(mine, kv)
		}
	}
	fmt.Println(mine)
	get := os.Getenv
	fmt.Println(get("WORKERS"))
}
