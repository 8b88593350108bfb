package main

import (
	"fmt"
	"os"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir := "/tmp/gofiles-errors"
	os.RemoveAll(dir)
	fmt.Println(os.Mkdir(dir, 0755))
	fmt.Println(os.Mkdir(dir, 0755))
	fmt.Println(os.Mkdir(dir+"/a/b", 0755))
	fmt.Println(os.WriteFile(dir+"/f", []byte("data\n"), 0644))
	fmt.Println(os.MkdirAll(dir+"/f/x", 0755))
	fmt.Println(os.MkdirAll(dir+"/a/b/c/", 0755))
	fmt.Println(os.MkdirAll(dir+"/a/b", 0755))

	_, err := os.Create(dir)
	fmt.Println(err)
	_, err = os.Create(dir + "/zz/q")
	fmt.Println(err)
	_, err = os.Open(dir + "/f/q")
	fmt.Println(err)
	_, err = os.Open(dir + "/f/")
	fmt.Println(err)
	data, err := os.ReadFile(dir)
	fmt.Println(len(data), data == nil, err)
	data, err = os.ReadFile("")
	fmt.Println(data, err)
	fmt.Printf("%T\n", err)

	fmt.Println(os.Remove(dir + "/missing"))
	fmt.Println(os.Remove(dir + "/a"))
	fmt.Println(os.Remove(dir + "/f/x"))
	fmt.Println(os.RemoveAll(dir + "/missing"))
	fmt.Println(os.RemoveAll(dir + "/f/x"))
	fmt.Println(os.Chdir(dir + "/missing"))
	fmt.Println(os.Chdir(dir + "/f"))

	d, err := os.Open(dir)
	check(err)
	buf := make([]byte, 4)
	n, err := d.Read(buf)
	fmt.Println(n, err)
	n, err = d.WriteString("no")
	fmt.Println(n, err)
	fmt.Println(d.Close())

	r, err := os.Open(dir + "/f")
	check(err)
	n, err = r.Write([]byte("x"))
	fmt.Println(n, err)
	off, err := r.Seek(-1, 0)
	fmt.Println(off, err)
	off, err = r.Seek(0, 7)
	fmt.Println(off, err)
	off, err = r.Seek(100, 0)
	fmt.Println(off, err)
	n, err = r.Read(buf)
	fmt.Println(n, err)
	fmt.Println(r.Close(), r.Sync())

	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	n, err = os.Stdin.Read(buf)
	fmt.Println(n, err)
	n, err = os.Stdin.WriteString("hi")
	fmt.Println(n, err)

	fmt.Println(os.RemoveAll(dir))
	missing, err := os.Open(dir + "/f")
	fmt.Println(missing == nil)
	check(err)
	fmt.Println("not reached")
}
