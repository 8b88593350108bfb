// main waits to receive on one channel while a worker waits to send on another.
package main

func worker(in <-chan int, out chan<- int) {
	out <- 1
	<-in
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go worker(in, out)
	<-out
	<-out
}
