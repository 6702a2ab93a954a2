// Passwords of 10+ characters that top public breach lists; shorter ones fail the length rule anyway.
// Compared lower-cased.
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  "1234567890", "0123456789", "12345678910", "1234567891", "123456789a", "a123456789",
  "qwertyuiop", "qwertyuiop1", "1q2w3e4r5t", "1q2w3e4r5t6y", "1qaz2wsx3edc", "qazwsxedc123",
  "password12", "password123", "password1234", "password12345", "passw0rd123", "p@ssw0rd123",
  "iloveyou12", "iloveyou123", "princess123", "sunshine123", "football123", "baseball123",
  "welcome123", "welcome1234", "letmein123", "abc1234567", "abcdefghij", "abcdefg123",
  "1111111111", "0000000000", "2222222222", "5555555555", "9999999999", "1212121212",
  "qwerty1234", "qwerty12345", "qwerty123456", "asdfghjkl1", "zxcvbnm123", "asdfghjkl;",
  "trustno1trustno1", "superman123", "dragon1234", "monkey1234", "shadow1234", "master1234",
  "michael123", "jennifer123", "computer123", "internet123", "starwars123", "whatever123",
  "changeme123", "administrator", "admin12345", "admin123456", "passwordpassword", "1q2w3e4r5t6y7u",
  "123qweasdzxc", "zaq12wsxcde3", "q1w2e3r4t5", "q1w2e3r4t5y6", "987654321a", "9876543210",
  "123123123123", "1231231231", "11223344556", "1122334455", "aaaaaaaaaa", "myspace123",
  "clinic12345", "patient123", "painclinic1",
]);
