// args: -times=3 -shout -name=ada -delay=1ms x
package main

import (
	"flag"
	"fmt"
	"strings"
	"time"
)

var (
	name    = flag.String("name", "gopher", "who to greet")
	times   = flag.Int("times", 1, "how many greetings")
	delay   time.Duration
	shout   bool
	greeted int
)

func init() {
	flag.DurationVar(&delay, "delay", 10*time.Millisecond, "pause between greetings")
	flag.BoolVar(&shout, "shout", false, "greet in capitals")
}

func main() {
	flag.Parse()
	for i := 0; i < *times; i++ {
		msg := "hello, " + *name
		if shout {
			msg = strings.ToUpper(msg)
		}
		fmt.Println(msg)
		greeted++
		time.Sleep(delay)
	}
	fmt.Println("greeted", greeted, "times, left:", flag.Args())
}
