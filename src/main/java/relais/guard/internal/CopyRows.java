package relais.guard.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyOut;

/**
 * The rows of a {@code copy (…) to stdout (format binary)}, read field by field: how the simulator's feed reads the
 * platform's missions. Binary values need no parsing (a uuid is its 16 bytes, a date a count of days) and no
 * per-row objects are made, where a result set builds strings and dates for every column of every row. The layout
 * is PostgreSQL's binary COPY format: a header, then per row a field count and each field's length (-1 for null)
 * and bytes, then -1 where the next row's count would be.
 */
final class CopyRows implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL counts a date's days from 1 January 2000; Java from 1 January 1970. */
    private static final int POSTGRES_EPOCH_DAY = 10_957;
    /** The day stored for a null date (no real date is that far back). */
    static final int NO_DAY = Integer.MIN_VALUE;

    private final CopyOut copy;
    private byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean ended;

    private CopyRows(CopyOut copy) {
        this.copy = copy;
    }

    /** Starts {@code sql} (a {@code copy … to stdout (format binary)}) on the connection and reads its header. */
    static CopyRows open(Connection connection, String sql) throws SQLException {
        var rows = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql));
        try {
            rows.need(SIGNATURE.length + 8);
            if (!Arrays.equals(rows.buffer, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
                throw new SQLException("Not a binary COPY: " + sql);
            }
            rows.position = SIGNATURE.length + 4; // the flags: none is defined that changes the rows
            int extension = rows.int32();
            rows.need(extension);
            rows.position += extension;
            return rows;
        } catch (SQLException | RuntimeException e) {
            rows.close();
            throw e;
        }
    }

    /** Moves to the next row: false once every row has been read. Each row must have {@code fields} fields. */
    boolean next(int fields) throws SQLException {
        int count = int16();
        if (count == -1) {
            while (copy.readFromCopy() != null) {
                // nothing follows the trailer; reading to the end lets the connection go back to statements
            }
            ended = true;
            return false;
        }
        if (count != fields) {
            throw new SQLException("A COPY row of " + count + " fields where " + fields + " were expected");
        }
        return true;
    }

    /** Reads a uuid field into {@code high}/{@code low} at {@code index}: false (nothing stored) when it is null. */
    boolean uuid(long[] high, long[] low, int index) throws SQLException {
        int length = int32();
        if (length == -1) {
            return false;
        }
        if (length != 16) {
            throw new SQLException("A uuid of " + length + " bytes");
        }
        high[index] = int64();
        low[index] = int64();
        return true;
    }

    /** Reads a date field as a day count from 1970 (as {@link java.time.LocalDate#toEpochDay}), {@link #NO_DAY} if null. */
    int day() throws SQLException {
        int length = int32();
        if (length == -1) {
            return NO_DAY;
        }
        if (length != 4) {
            throw new SQLException("A date of " + length + " bytes");
        }
        int days = int32();
        if (days == Integer.MAX_VALUE || days == Integer.MIN_VALUE) {
            throw new SQLException("An infinite date, which no fact of the guard holds");
        }
        return days + POSTGRES_EPOCH_DAY;
    }

    private int int16() throws SQLException {
        need(2);
        int value = (short) ((buffer[position] & 0xFF) << 8 | (buffer[position + 1] & 0xFF));
        position += 2;
        return value;
    }

    private int int32() throws SQLException {
        need(4);
        int value = (buffer[position] & 0xFF) << 24 | (buffer[position + 1] & 0xFF) << 16
                | (buffer[position + 2] & 0xFF) << 8 | (buffer[position + 3] & 0xFF);
        position += 4;
        return value;
    }

    private long int64() throws SQLException {
        long high = int32() & 0xFFFF_FFFFL;
        return high << 32 | (int32() & 0xFFFF_FFFFL);
    }

    /**
     * Makes sure {@code count} unread bytes are in the buffer. PostgreSQL sends about one message per row, so a
     * value may start in one message and end in the next: what is left is moved to the front before appending.
     */
    private void need(int count) throws SQLException {
        while (limit - position < count) {
            byte[] message = copy.readFromCopy();
            if (message == null) {
                throw new SQLException("The COPY ended in the middle of a row");
            }
            int left = limit - position;
            if (left + message.length > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, left + message.length));
            }
            System.arraycopy(buffer, position, buffer, 0, left);
            System.arraycopy(message, 0, buffer, left, message.length);
            position = 0;
            limit = left + message.length;
        }
    }

    /** Stops a COPY not read to its end (an error on the way), so the connection can serve statements again. */
    @Override
    public void close() throws SQLException {
        if (!ended && copy.isActive()) {
            copy.cancelCopy();
        }
    }
}
