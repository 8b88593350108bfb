// A bounded queue with two conditions
// Producers wait while the queue is full, consumers while it is empty. Each condition has its
// own Cond on the queue's one Mutex, and every Wait sits in a loop that checks again.
package main

import (
	"fmt"
	"sync"
	"time"
)

type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	limit    int
}

func NewQueue(limit int) *Queue {
	q := &Queue{limit: limit}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	for len(q.items) == q.limit {
		fmt.Println("full, producer waits to put", v)
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	q.notEmpty.Signal()
	q.mu.Unlock()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.notEmpty.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v
}

func main() {
	q := NewQueue(2)
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 1; i <= 6; i++ {
			q.Put(i)
		}
	}()
	sum := 0
	for i := 0; i < 6; i++ {
		time.Sleep(10 * time.Millisecond)
		v := q.Get()
		sum += v
		fmt.Println("got", v)
	}
	wg.Wait()
	fmt.Println("sum", sum)
}
