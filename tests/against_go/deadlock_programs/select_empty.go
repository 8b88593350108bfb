// select with no cases blocks for ever, once the worker has finished.
package main

import "fmt"

func main() {
	done := make(chan bool, 1)
	go func() {
		fmt.Println("working")
		done <- true
	}()
	<-done
	select {}
}
