// A small bank: accounts as structs, transfers with validation through
// pointers, and reports sorted by hand (insertion sort and bubble sort).
package main

import "fmt"

type Account struct {
	ID      int
	Owner   string
	Balance int64 // cents
	History []int64
}

type Bank struct {
	Name     string
	Accounts []Account
	Failed   int
}

func find(b *Bank, id int) *Account {
	for i := range b.Accounts {
		if b.Accounts[i].ID == id {
			return &b.Accounts[i]
		}
	}
	return nil
}

func transfer(b *Bank, from, to int, cents int64) error {
	src, dst := find(b, from), find(b, to)
	switch {
	case src == nil || dst == nil:
		b.Failed++
		return fmt.Errorf("transfer %d->%d: unknown account", from, to)
	case cents <= 0:
		b.Failed++
		return fmt.Errorf("transfer %d->%d: invalid amount %d", from, to, cents)
	case src.Balance < cents:
		b.Failed++
		return fmt.Errorf("transfer %d->%d: insufficient funds (%s < %s)", from, to, money(src.Balance), money(cents))
	}
	src.Balance -= cents
	dst.Balance += cents
	src.History = append(src.History, -cents)
	dst.History = append(dst.History, cents)
	return nil
}

func money(cents int64) string {
	sign := ""
	if cents < 0 {
		sign = "-"
		cents = -cents
	}
	return fmt.Sprintf("%s$%d.%02d", sign, cents/100, cents%100)
}

func sortByBalance(accts []Account) {
	for i := 1; i < len(accts); i++ {
		cur := accts[i]
		j := i - 1
		for j >= 0 && accts[j].Balance < cur.Balance {
			accts[j+1] = accts[j]
			j--
		}
		accts[j+1] = cur
	}
}

func sortByOwner(accts []Account) {
	for n := len(accts); n > 1; n-- {
		swapped := false
		for i := 1; i < n; i++ {
			if accts[i-1].Owner > accts[i].Owner {
				accts[i-1], accts[i] = accts[i], accts[i-1]
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
}

func main() {
	bank := Bank{Name: "Golem Savings"}
	owners := []string{"mallory", "alice", "dave", "carol", "bob", "erin"}
	for i, o := range owners {
		bank.Accounts = append(bank.Accounts, Account{ID: 100 + i, Owner: o, Balance: int64(1000 * (i + 1) * (i + 3))})
	}
	moves := []struct {
		from, to int
		cents    int64
	}{{100, 101, 2500}, {103, 100, 99999}, {104, 105, 1234}, {101, 999, 1}, {102, 103, -5}, {105, 100, 40000}, {100, 102, 1}}
	for _, m := range moves {
		if err := transfer(&bank, m.from, m.to, m.cents); err != nil {
			fmt.Println("error:", err)
		}
	}
	var total int64
	for _, a := range bank.Accounts {
		total += a.Balance
	}
	fmt.Println(bank.Name, "total", money(total), "failed", bank.Failed)
	byBalance := make([]Account, len(bank.Accounts))
	copy(byBalance, bank.Accounts)
	sortByBalance(byBalance)
	fmt.Println("by balance:")
	for i, a := range byBalance {
		fmt.Printf("%d. %-8s %12s %v\n", i+1, a.Owner, money(a.Balance), a.History)
	}
	sortByOwner(bank.Accounts)
	fmt.Println("by owner:")
	for _, a := range bank.Accounts {
		fmt.Printf("%-8s #%d %s\n", a.Owner, a.ID, money(a.Balance))
	}
	fmt.Println(byBalance[0].Owner, bank.Accounts[0].Owner)
	fmt.Printf("%+v\n", bank.Accounts[1])
}
