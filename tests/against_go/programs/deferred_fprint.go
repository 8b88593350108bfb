// Three build stages each keep a log in a buffer of their own; a deferred line records how
// each one ended, with the values it had when the defer ran. main prints the logs in order
// once every stage is done.
package main

import (
	"bytes"
	"fmt"
	"os"
	"strings"
	"sync"
)

func stage(name string, steps int, log *bytes.Buffer, wg *sync.WaitGroup) {
	defer wg.Done()
	defer fmt.Fprintf(log, "%s: finished after %d steps\n", name, steps)
	for i := 1; i <= steps; i++ {
		fmt.Fprintf(log, "%s: step %d\n", name, i)
	}
	steps = 0
}

func summary() string {
	var sb strings.Builder
	count := 3
	defer fmt.Fprintln(os.Stderr, "summary written")
	func() {
		defer fmt.Fprint(&sb, "stages: ", count, ", ok: ", true, "\n")
		count = 99
		fmt.Fprintln(&sb, "building the summary")
	}()
	return sb.String()
}

func main() {
	names := []string{"fetch", "compile", "test"}
	logs := []*bytes.Buffer{new(bytes.Buffer), new(bytes.Buffer), new(bytes.Buffer)}
	var wg sync.WaitGroup
	for i, name := range names {
		wg.Add(1)
		go stage(name, i+1, logs[i], &wg)
	}
	wg.Wait()
	for _, log := range logs {
		log.WriteTo(os.Stdout)
	}
	var tail bytes.Buffer
	func() {
		defer tail.WriteTo(os.Stdout)
		defer fmt.Fprintln(&tail, "last line, deferred first")
		fmt.Fprintln(&tail, "first line")
	}()
	fmt.Print(summary())
}
