package fi.register.benchmarks.sqlite;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.community.dialect.SQLiteDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * SQLite for the event store comparison only: Axon's {@code @Lob} payloads read and written as bytes. Hibernate reads
 * a BLOB with {@code ResultSet.getBlob}, which the SQLite driver does not implement ("not implemented by SQLite JDBC
 * driver"), so no event could be read back. The same remedy as the register's PostgreSQL dialect. Packaged into a
 * jar of its own (benchmarks/target/event-store-candidates) that only the SQLite candidates put on the register's
 * class path.
 */
public class BytesSQLiteDialect extends SQLiteDialect {

    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry().addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
