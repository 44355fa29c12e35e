`rmdir` removes only empty directories; with `-p` it goes on up the path it was given.
  $ mkdir -p practice/day1/notes && touch practice/day1/todo.txt
  $ rmdir practice/day1
  rmdir: failed to remove 'practice/day1': Directory not empty
  $ rmdir -pv practice/day1/notes
  rmdir: removing directory, 'practice/day1/notes'
  rmdir: removing directory, 'practice/day1'
  rmdir: failed to remove directory 'practice/day1': Directory not empty
  $ rm practice/day1/todo.txt && rmdir -p practice/day1 && ls -d practice
  ls: cannot access 'practice': No such file or directory
  $ rmdir /opt/zfs/tk8s
  rmdir: failed to remove '/opt/zfs/tk8s': Permission denied
