// A broadcaster keeps its clients in a map keyed by their channels, as a chat server
// does: each client is its own inbox, a channel of a declared send-only type, found again by
// which channel it is; a nil channel is a key too.
package main

import (
	"fmt"
	"sort"
)

type client chan<- string

func main() {
	entering := make(chan client)
	messages := make(chan string)
	done := make(chan struct{})
	go func() {
		clients := make(map[client]bool)
		for {
			select {
			case msg := <-messages:
				for cli := range clients {
					cli <- msg
				}
			case cli := <-entering:
				clients[cli] = true
				fmt.Println("clients:", len(clients))
			case <-done:
				return
			}
		}
	}()
	var inboxes []chan string
	for i := 0; i < 3; i++ {
		ch := make(chan string, 4)
		inboxes = append(inboxes, ch)
		entering <- ch
	}
	messages <- "hello"
	messages <- "bye"
	close(done)
	for i, ch := range inboxes {
		got := []string{<-ch, <-ch}
		sort.Strings(got)
		fmt.Println(i, got)
	}
	seen := map[chan string]int{}
	seen[inboxes[0]]++
	seen[inboxes[0]]++
	seen[inboxes[1]]++
	var nilc chan string
	seen[nilc] = 9
	fmt.Println(len(seen), seen[inboxes[0]], seen[inboxes[2]], seen[nil])
	delete(seen, inboxes[0])
	fmt.Println(len(seen))
}
