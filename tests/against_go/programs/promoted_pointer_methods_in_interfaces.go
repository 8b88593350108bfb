// An admin embeds a user whose notify has a pointer receiver: a *admin (not an admin) is a
// notifier, through the method promoted from its embedded user, as "Go in Action" shows;
// what the method changes is the admin's own user, at any depth of embedding.
package main

import "fmt"

type notifier interface {
	notify()
	sent() int
}

type user struct {
	name  string
	count int
}

func (u *user) notify() {
	u.count++
	fmt.Printf("sending email to %s (#%d)\n", u.name, u.count)
}

func (u user) sent() int { return u.count }

type admin struct {
	user
	level string
}

type owner struct {
	admin
}

func sendAll(ns []notifier) {
	for _, n := range ns {
		n.notify()
	}
}

func main() {
	ad := &admin{user: user{name: "john"}, level: "super"}
	boss := &owner{admin{user{name: "ann", count: 10}, "top"}}
	sendAll([]notifier{ad, boss, ad})
	fmt.Println(ad.count, ad.user.count, boss.count, boss.sent())
	var n notifier = boss
	n.notify()
	fmt.Printf("%T %d %s\n", n, n.sent(), boss.level)
}
