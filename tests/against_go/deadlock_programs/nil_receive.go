// A channel variable that was never made is nil: receiving from it waits for ever.
package main

func main() {
	var never chan string
	<-never
}
