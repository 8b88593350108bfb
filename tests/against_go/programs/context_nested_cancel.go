package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type stage struct {
	name string
	ctx  context.Context
	stop context.CancelFunc
}

type stopped struct {
	mu    sync.Mutex
	names []string
}

func watch(s stage, wg *sync.WaitGroup, log *stopped) {
	defer wg.Done()
	<-s.ctx.Done()
	log.mu.Lock()
	log.names = append(log.names, s.name+": "+s.ctx.Err().Error())
	log.mu.Unlock()
}

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	child, cancelChild := context.WithCancel(root)
	grandchild, cancelGrandchild := context.WithTimeout(child, time.Hour)
	detached := context.WithoutCancel(child)
	defer cancelGrandchild()
	valued := context.WithValue(grandchild, "k", "v")

	cancelChild()
	fmt.Println("root:", root.Err())
	fmt.Println("child:", child.Err())
	fmt.Println("grandchild:", grandchild.Err())
	fmt.Println("valued:", valued.Err(), valued.Value("k"))
	fmt.Println("detached:", detached.Err(), detached.Done() == nil)

	late, cancelLate := context.WithCancel(child)
	fmt.Println("made after the cancel:", late.Err())
	cancelLate()
	cancelRoot()

	a, stopA := context.WithCancel(context.Background())
	b, stopB := context.WithCancel(a)
	c, stopC := context.WithCancel(b)
	defer stopB()
	defer stopC()
	var wg sync.WaitGroup
	log := &stopped{}
	for _, s := range []stage{{"b", b, stopB}, {"c", c, stopC}} {
		wg.Add(1)
		go watch(s, &wg, log)
	}
	time.Sleep(10 * time.Millisecond)
	stopA()
	wg.Wait()
	fmt.Println(len(log.names), "stages stopped")
	fmt.Println(errors.Is(c.Err(), context.Canceled))
	fmt.Println(root.Err() == nil, a.Err() != nil)
}
